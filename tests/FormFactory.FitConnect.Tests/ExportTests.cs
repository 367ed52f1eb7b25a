using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using FormFactory.FitConnect;
using FormFactory.FitConnect.Attachments;
using FormFactory.Fim.Tests.Support;
using FormFactory.FitConnect.Tests.Support;

namespace FormFactory.FitConnect.Tests
{
    /// <summary>FIT-Connect export of the sample services' valid submissions: metadata that validates against schema 1.0.0.</summary>
    public class ExportTests
    {
        public static TheoryData<string, string> ValidSubmissions()
        {
            var data = new TheoryData<string, string>();
            foreach (var (service, file) in SampleCatalog.ValidSubmissions()) data.Add(service, file);
            return data;
        }

        private static (FitConnectExport Export, MadeUpAttachments Files) Export(string service, string file, FitConnectOptions? options = null)
        {
            var files = new MadeUpAttachments(SampleCatalog.Submission(service, file));
            var form = SampleCatalog.Catalog.Form(service)!;
            var export = FitConnectExporter.Export(form, SampleCatalog.Blocks, files.Submission, files,
                (options ?? new FitConnectOptions()) with { Today = () => SampleCatalog.Today });
            Assert.True(export.Succeeded, string.Join("\n", export.Errors));
            return (export, files);
        }

        [Fact]
        public void EverySampleServiceHasAValidSubmissionToExport()
        {
            var services = SampleCatalog.Catalog.Forms.Select(f => f.Id).OrderBy(id => id, StringComparer.Ordinal);
            Assert.Equal(services, SampleCatalog.ValidSubmissions().Select(s => s.Service).Distinct());
        }

        [Theory]
        [MemberData(nameof(ValidSubmissions))]
        public async Task MetadataValidatesAgainstTheSchema(string service, string file)
        {
            var (export, _) = Export(service, file);
            var errors = (await MetadataSchemaTests.Schema()).Validate(export.MetadataJson!);
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }

        [Theory]
        [MemberData(nameof(ValidSubmissions))]
        public void MetadataHoldsTheHashesTheServiceAndEveryAttachment(string service, string file)
        {
            var (export, files) = Export(service, file);
            using var metadata = JsonDocument.Parse(export.MetadataJson!);
            var root = metadata.RootElement;
            var data = root.GetProperty("contentStructure").GetProperty("data");
            Assert.Equal(Convert.ToHexStringLower(SHA512.HashData(export.JsonData!)), data.GetProperty("hash").GetProperty("content").GetString());
            Assert.Equal("application/json", data.GetProperty("submissionSchema").GetProperty("mimeType").GetString());
            Assert.Equal("urn:de:fim:leika:leistung:" + SampleCatalog.Catalog.Form(service)!.Leika, root.GetProperty("publicServiceType").GetProperty("identifier").GetString());

            var attachments = root.GetProperty("contentStructure").GetProperty("attachments").EnumerateArray().ToList();
            using var kept = JsonDocument.Parse(export.JsonData!);
            Assert.Equal(SubmittedFiles.In(SampleCatalog.Catalog.Form(service)!, kept.RootElement).Count, attachments.Count);
            foreach (var a in attachments)
            {
                Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", a.GetProperty("attachmentId").GetString());
                string sha512 = a.GetProperty("hash").GetProperty("content").GetString()!;
                Assert.Contains(files.Contents.Values, content => Convert.ToHexStringLower(SHA512.HashData(content)) == sha512);
                Assert.Equal("attachment", a.GetProperty("purpose").GetString());
            }
            Assert.Equal(attachments.Count, attachments.Select(a => a.GetProperty("attachmentId").GetString()).Distinct().Count());
        }

        [Theory]
        [MemberData(nameof(ValidSubmissions))]
        public void XmlRenderingIsWellFormedAndItsHashIsUsedWhenAsked(string service, string file)
        {
            var (export, _) = Export(service, file, new FitConnectOptions { DataFormat = "xml" });
            var xml = XDocument.Parse(Encoding.UTF8.GetString(export.XmlData!));
            Assert.Equal("urn:formfactory:submission:" + service + ":" + SampleCatalog.Catalog.Form(service)!.Version, xml.Root!.Name.NamespaceName);
            using var metadata = JsonDocument.Parse(export.MetadataJson!);
            var data = metadata.RootElement.GetProperty("contentStructure").GetProperty("data");
            Assert.Equal(Convert.ToHexStringLower(SHA512.HashData(export.XmlData!)), data.GetProperty("hash").GetProperty("content").GetString());
            Assert.Equal("application/xml", data.GetProperty("submissionSchema").GetProperty("mimeType").GetString());
        }

        [Fact]
        public void ExportIsDeterministic()
        {
            var first = Export("hundAnmelden", "valid-2.json").Export;
            var second = Export("hundAnmelden", "valid-2.json").Export;
            Assert.Equal(first.MetadataJson, second.MetadataJson);
            Assert.Equal(first.XmlData, second.XmlData);
        }

        [Fact]
        public void ExportMatchesTheApprovedFiles()
        {
            var export = Export("hundAnmelden", "valid-2.json", new FitConnectOptions { SenderReference = "HUND-2026-000042", ApplicationDate = "2026-06-15" }).Export;
            Approved.Verify("fitconnect/hundAnmelden-valid-2.metadata.json", export.MetadataJson!);
            Approved.Verify("fitconnect/hundAnmelden-valid-2.data.xml", Encoding.UTF8.GetString(export.XmlData!));
        }

        [Fact]
        public void AnInvalidSubmissionIsNotExported()
        {
            var form = SampleCatalog.Catalog.Form("hundAnmelden")!;
            var export = FitConnectExporter.Export(form, SampleCatalog.Blocks, "{ \"anzahlHunde\": \"drei\" }", new MadeUpAttachments("{}"),
                new FitConnectOptions { Today = () => SampleCatalog.Today });
            Assert.False(export.Succeeded);
            Assert.Null(export.MetadataJson);
            Assert.Contains(export.Errors, e => e.StartsWith("The submission is not valid: anzahlHunde: format", StringComparison.Ordinal));
        }

        [Fact]
        public void AMissingAttachmentIsNamed()
        {
            var files = new MadeUpAttachments(SampleCatalog.Submission("hundAnmelden", "valid-2.json"));
            var export = FitConnectExporter.Export(SampleCatalog.Catalog.Form("hundAnmelden")!, SampleCatalog.Blocks, files.Submission,
                new NoAttachments(), new FitConnectOptions { Today = () => SampleCatalog.Today });
            Assert.Contains(export.Errors, e => e.StartsWith("The file of 'hunde[0].nachweisAssistenzhund' (ausweis-assistenzhund.pdf", StringComparison.Ordinal));
        }

        [Fact]
        public void AServiceWithoutLeikaKeyIsNotExported()
        {
            var form = SampleCatalog.Catalog.Form("hundAnmelden")! with { Leika = null };
            var export = FitConnectExporter.Export(form, SampleCatalog.Blocks, "{}", new NoAttachments());
            Assert.Equal("The service 'hundAnmelden' has no LeiKa key ('leika'); FIT-Connect names the service by it: add it to the definition.", export.Errors.Single());
        }

        [Fact]
        public void AttachmentsAreFoundInAFolderByContent()
        {
            var files = new MadeUpAttachments(SampleCatalog.Submission("hundAnmelden", "valid-2.json"));
            string folder = Path.Combine(Path.GetTempPath(), "ff-fitconnect-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                int n = 0;
                foreach (var content in files.Contents.Values) File.WriteAllBytes(Path.Combine(folder, "upload" + n++), content);
                var export = FitConnectExporter.Export(SampleCatalog.Catalog.Form("hundAnmelden")!, SampleCatalog.Blocks, files.Submission,
                    new AttachmentFolder(folder), new FitConnectOptions { Today = () => SampleCatalog.Today });
                Assert.True(export.Succeeded, string.Join("\n", export.Errors));
                Assert.Equal(2, export.Attachments.Count);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        private sealed class NoAttachments : IAttachmentSource
        {
            public Stream? Open(string sha256) => null;
        }
    }
}
