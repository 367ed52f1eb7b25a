using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using FormFactory.Cli.Tests.Support;
using FormFactory.Testing;

namespace FormFactory.Cli.Tests
{
    /// <summary>
    /// Issue 18, item 5, in every command that reads a user's files besides the definitions folder: FIM import
    /// (named files, download folders, the code lists beside a schema), <c>export fitconnect</c> (submission and
    /// attachments) and <c>build --templates</c>. A FIFO is never opened (it would block), a link out of a folder is
    /// not followed, a link loop finishes. Everything lives in a temporary folder.
    /// </summary>
    public sealed class CommandsReadTheFileSystemAsFilesTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "ff-cli-files-" + Guid.NewGuid().ToString("N"));

        public CommandsReadTheFileSystemAsFilesTests() => Directory.CreateDirectory(_root);

        public void Dispose()
        {
            try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }

        private static string Repository => FormFactory.Testing.Repository.Root;

        private static CliResult Run(params string[] args) => SpecialFiles.WithoutHanging(() => Tool.Run(args), "formfactory " + string.Join(" ", args));

        private string Downloads()
        {
            string downloads = Path.Combine(_root, "downloads");
            Directory.CreateDirectory(downloads);
            File.Copy(Path.Combine(Repository, "tests", "FormFactory.Fim.Tests", "Cases", "xdf2", "S00000094V1.0_xdf2.xml"), Path.Combine(downloads, "S00000094V1.0_xdf2.xml"));
            return downloads;
        }

        [Fact]
        public void FimImportDoesNotOpenANamedFifo()
        {
            if (!SpecialFiles.CanMakeFifo) return;
            string fifo = Path.Combine(_root, "schema.xml");
            SpecialFiles.MakeFifo(fifo);
            var result = Run("import", "fim", fifo, "--out", Path.Combine(_root, "out"));
            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("FF0007", result.Stderr);
        }

        [Fact]
        public void FimImportPassesOverAFifoBesideTheSchema()
        {
            if (!SpecialFiles.CanMakeFifo) return;
            string downloads = Downloads();
            SpecialFiles.MakeFifo(Path.Combine(downloads, "codes.xml")); // searched for code lists
            var result = Run("import", "fim", Path.Combine(downloads, "S00000094V1.0_xdf2.xml"), "--out", Path.Combine(_root, "out"));
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        [Fact]
        public void FimImportOfAFolderFollowsNoLinkOutOfIt()
        {
            if (OperatingSystem.IsWindows()) return; // creating a link needs rights there
            string downloads = Downloads();
            string foreign = Path.Combine(_root, "foreign.xml");
            File.WriteAllText(foreign, "<not-xml SECRET-CONTENT");
            File.CreateSymbolicLink(Path.Combine(downloads, "linked.xml"), foreign);
            var result = Run("import", "fim", downloads, "--out", Path.Combine(_root, "out"));
            Assert.Contains("FF0008", result.Stderr);
            Assert.DoesNotContain("SECRET", result.Stdout + result.Stderr);
        }

        [Fact]
        public void ExportPassesOverAFifoAmongTheAttachmentsAndRefusesAFifoSubmission()
        {
            if (!SpecialFiles.CanMakeFifo) return;
            string folder = Path.Combine(_root, "antrag");
            Directory.CreateDirectory(folder);
            var upload = Enumerable.Range(0, 254000).Select(i => (byte)(i % 251)).ToArray(); // the size the sample submission states
            File.WriteAllBytes(Path.Combine(folder, "scan.pdf"), upload);
            SpecialFiles.MakeFifo(Path.Combine(folder, "pipe.pdf"));
            var json = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository, "tests", "FormFactory.Definitions.Tests", "Cases", "Submissions", "anwohnerparkausweis", "valid-1.json")))!;
            json["zulassungsbescheinigung"]!["sha256"] = Convert.ToHexStringLower(SHA256.HashData(upload));
            string submission = Path.Combine(folder, "antrag.json");
            File.WriteAllText(submission, json.ToJsonString());
            string definitions = Path.Combine(Repository, "definitions");

            var result = Run("export", "fitconnect", definitions, "--service", "anwohnerparkausweis", "--submission", submission, "--out", Path.Combine(_root, "out"), "--as-of", "2026-06-15");
            Assert.True(result.ExitCode == 0, result.ToString());

            string fifoSubmission = Path.Combine(_root, "antrag.fifo.json");
            SpecialFiles.MakeFifo(fifoSubmission);
            result = Run("export", "fitconnect", definitions, "--service", "anwohnerparkausweis", "--submission", fifoSubmission, "--out", Path.Combine(_root, "out2"));
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("not a regular file", result.Stderr);
        }

        [Fact]
        public void BuildRefusesAFifoInTheTemplatesFolderAndFinishesOnALinkLoop()
        {
            if (!SpecialFiles.CanMakeFifo) return;
            using var catalog = TempCatalog.Clean();
            string templates = Path.Combine(catalog.Parent, "templates");
            Directory.CreateDirectory(templates);
            Directory.CreateSymbolicLink(Path.Combine(templates, "loop"), templates);
            var result = Run("build", catalog.Folder, "--out", Path.Combine(catalog.Parent, "out"), "--templates", templates);
            Assert.True(result.ExitCode == 0, result.ToString());

            SpecialFiles.MakeFifo(Path.Combine(templates, "page.html"));
            result = Run("build", catalog.Folder, "--out", Path.Combine(catalog.Parent, "out"), "--templates", templates);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("page.html' is not read: it is not a regular file", result.Stderr);
        }
    }
}
