using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace FormFactory.Cli.Tests
{
    /// <summary><c>formfactory export fitconnect</c> over the sample catalog.</summary>
    public sealed class ExportFitConnectCommandTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "ff-cli-fitconnect-" + Guid.NewGuid().ToString("N"));
        private readonly byte[] _upload = Enumerable.Range(0, 254000).Select(i => (byte)(i % 251)).ToArray();

        private static string RepositoryRoot() => FormFactory.Testing.Repository.Root;

        private static string Definitions => Path.Combine(RepositoryRoot(), "definitions");

        private string Submission => Path.Combine(_root, "antrag", "antrag.json");

        private string Out => Path.Combine(_root, "out");

        public ExportFitConnectCommandTests()
        {
            // A sample submission whose upload exists: the file lies next to it, and its SHA-256 is the real one.
            Directory.CreateDirectory(Path.GetDirectoryName(Submission)!);
            File.WriteAllBytes(Path.Combine(_root, "antrag", "scan-0815.pdf"), _upload);
            var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "FormFactory.Definitions.Tests", "Cases", "Submissions", "anwohnerparkausweis", "valid-1.json")))!;
            json["zulassungsbescheinigung"]!["sha256"] = Convert.ToHexStringLower(SHA256.HashData(_upload));
            File.WriteAllText(Submission, json.ToJsonString());
        }

        public void Dispose()
        {
            if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        }

        [Fact]
        public void WritesMetadataDataAndAttachments()
        {
            var (code, stdout, stderr) = Run("export", "fitconnect", Definitions, "--service", "anwohnerparkausweis", "--submission", Submission,
                "--out", Out, "--as-of", "2026-06-15");
            Assert.True(code == 0, stderr);
            Assert.Contains("1 attachment(s)", stdout);
            var metadata = JsonNode.Parse(File.ReadAllText(Path.Combine(Out, "metadata.json")))!;
            Assert.Equal("urn:de:fim:leika:leistung:99108001001000", metadata["publicServiceType"]!["identifier"]!.GetValue<string>());
            Assert.Equal(Convert.ToHexStringLower(SHA512.HashData(File.ReadAllBytes(Path.Combine(Out, "data.json")))),
                metadata["contentStructure"]!["data"]!["hash"]!["content"]!.GetValue<string>());
            string id = metadata["contentStructure"]!["attachments"]![0]!["attachmentId"]!.GetValue<string>();
            Assert.Equal(_upload, File.ReadAllBytes(Path.Combine(Out, "attachments", id + ".pdf")));
            Assert.True(File.Exists(Path.Combine(Out, "data.xml")));
        }

        [Fact]
        public void AnInvalidSubmissionIsRefused()
        {
            File.WriteAllText(Submission, "{ \"kennzeichen\": 12 }");
            var (code, _, stderr) = Run("export", "fitconnect", Definitions, "--service", "anwohnerparkausweis", "--submission", Submission, "--out", Out);
            Assert.Equal(1, code);
            Assert.Contains("The submission is not valid: kennzeichen: format", stderr);
            Assert.False(Directory.Exists(Out));
        }

        [Fact]
        public void AMissingUploadIsRefused()
        {
            File.Delete(Path.Combine(_root, "antrag", "scan-0815.pdf"));
            var (code, _, stderr) = Run("export", "fitconnect", Definitions, "--service", "anwohnerparkausweis", "--submission", Submission, "--out", Out, "--as-of", "2026-06-15");
            Assert.Equal(3, code); // an export failure has its own exit code: the submission itself is valid
            Assert.Contains("is not among the attachments given", stderr);
        }

        [Theory]
        [InlineData("Erika\\u0001")]
        [InlineData("Erika\\u0000")]
        [InlineData("Erika\\uFFFF")]
        [InlineData("Er\\u001Bika")]
        public void SubmittedTextIsValidOrRefused_AControlCharacterIsNotValidNotAnXmlWriterCrash(string escaped)
        {
            // Found by issue 18: the validator passed these and the XML writer threw (exit 1, like "not valid").
            File.WriteAllText(Submission, File.ReadAllText(Submission).Replace("\"Erika\"", "\"" + escaped + "\""));
            var (code, _, stderr) = Run("export", "fitconnect", Definitions, "--service", "anwohnerparkausweis", "--submission", Submission, "--out", Out, "--as-of", "2026-06-15");
            Assert.Equal(1, code);
            Assert.Contains("The submission is not valid: person.vorname: format", stderr);
            Assert.False(Directory.Exists(Out));
        }

        [Fact]
        public void SubmittedTextIsValidOrRefused_InvalidUtf8IsRefusedNotReplaced()
        {
            var bytes = File.ReadAllBytes(Submission);
            int at = Array.IndexOf(bytes, (byte)'E'); // the E of "Erika"
            bytes[at] = 0xFF;
            File.WriteAllBytes(Submission, bytes);
            var (code, _, stderr) = Run("export", "fitconnect", Definitions, "--service", "anwohnerparkausweis", "--submission", Submission, "--out", Out, "--as-of", "2026-06-15");
            Assert.Equal(1, code);
            Assert.Contains("is not UTF-8 text", stderr);
            Assert.False(Directory.Exists(Out));
        }

        [Theory]
        [InlineData("zulassung.exe", ".pdf")]
        [InlineData("zulassung\u202Efdp.exe", ".pdf")]
        [InlineData("zulassung", ".pdf")]
        public void AnAttachmentIsNamedAfterItsVerifiedMediaTypeNotTheCitizensFileName(string name, string extension)
        {
            var json = JsonNode.Parse(File.ReadAllText(Submission))!;
            json["zulassungsbescheinigung"]!["name"] = System.Text.RegularExpressions.Regex.Unescape(name);
            File.WriteAllText(Submission, json.ToJsonString());
            var (code, _, stderr) = Run("export", "fitconnect", Definitions, "--service", "anwohnerparkausweis", "--submission", Submission, "--out", Out, "--as-of", "2026-06-15");
            Assert.True(code == 0, stderr);
            var file = Assert.Single(Directory.GetFiles(Path.Combine(Out, "attachments")));
            Assert.Equal(extension, Path.GetExtension(file));
            Assert.Matches("^[0-9a-f-]{36}$", Path.GetFileNameWithoutExtension(file));
        }

        [Fact]
        public void AnUnknownServiceIsAUsageError()
        {
            var (code, _, stderr) = Run("export", "fitconnect", Definitions, "--service", "parken", "--submission", Submission, "--out", Out);
            Assert.Equal(2, code);
            Assert.Contains("anwohnerparkausweis", stderr);
        }

        private static (int Code, string Stdout, string Stderr) Run(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int code = Program.Run(args, stdout, stderr);
            return (code, stdout.ToString(), stderr.ToString());
        }
    }
}
