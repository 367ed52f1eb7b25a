using System;
using System.IO;
using System.Linq;
using FormFactory.Definitions;

namespace FormFactory.Workspace.Tests
{
    /// <summary>
    /// The diagnostics the workspace reports rather than the core: FF0003 (schema violation) and FF0006 (file
    /// unreadable). The schemas and the loader are kept in agreement (see <see cref="SchemaLoaderAgreementTests"/>),
    /// so no file is known that the loader accepts and a schema refuses, which is what it takes for the loader to
    /// report FF0003; it is therefore tested on <see cref="SchemaChecker.Check"/> directly.
    /// </summary>
    public sealed class WorkspaceDiagnosticsTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "formfactory-tests-" + Guid.NewGuid().ToString("N"));

        public WorkspaceDiagnosticsTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public void UnknownPropertyIsASchemaViolationAtItsName()
        {
            var d = Assert.Single(SchemaChecker.Check(new DefinitionFile("services/test.form.json", """
                {
                  "id": "test", "title": "Test",
                  "steps": [ { "id": "schritt", "title": "Schritt", "fields": [
                    { "id": "name", "type": "text", "label": "Name",
                      "requird": true }
                  ] } ]
                }
                """)));
            Assert.Equal(("FF0003", 5, 7), (d.Id, d.Location.Line, d.Location.Column));
            Assert.Equal("Does not match form.schema.json: NoAdditionalPropertiesAllowed 'requird' at steps[0].fields[0].requird.", d.Message);
        }

        [Fact]
        public void MissingPropertyIsASchemaViolationAtTheObjectsBrace()
        {
            var d = Assert.Single(SchemaChecker.Check(new DefinitionFile("services/test.form.json", """
                {
                  "id": "test", "title": "Test",
                  "steps": [ { "id": "schritt", "title": "Schritt", "fields": [
                    { "id": "farbe", "type": "choice", "label": "Farbe" }
                  ] } ]
                }
                """)));
            Assert.Equal(("FF0003", 4, 5), (d.Id, d.Location.Line, d.Location.Column));
            Assert.Contains("PropertyRequired 'codeList'", d.Message);
        }

        [Fact]
        public void ValueOutsideAnEnumerationIsASchemaViolationAtTheValue()
        {
            var d = Assert.Single(SchemaChecker.Check(new DefinitionFile("tenants/rossdorf.tenant.json", """
                {
                  "id": "rossdorf", "name": "Gemeinde Roßdorf",
                  "type": "dorf"
                }
                """)));
            Assert.Equal(("FF0003", 3, 11), (d.Id, d.Location.Line, d.Location.Column));
            Assert.Contains("tenant.schema.json", d.Message);
        }

        [Fact]
        public void TextWithoutGermanIsReportedAsTheMissingLanguage()
        {
            var d = Assert.Single(SchemaChecker.Check(new DefinitionFile("codelists/farbe.codelist.json", """
                {
                  "id": "farbe",
                  "values": [ { "code": "rot", "label": { "en": "red" } } ]
                }
                """)));
            Assert.Equal(("FF0003", 3, 41), (d.Id, d.Location.Line, d.Location.Column));
            Assert.Contains("PropertyRequired 'de'", d.Message);
        }

        [Fact]
        public void FileWithByteOrderMarkIsSchemaChecked()
        {
            var d = Assert.Single(SchemaChecker.Check(new DefinitionFile("factory.json", "\uFEFF{ \"name\": \"Fabrik\", \"targetPerWeek\": 0 }")));
            Assert.Equal(("FF0003", 1, 38), (d.Id, d.Location.Line, d.Location.Column));
        }

        [Fact]
        public void DocumentedSchemaViolationProducesTheDocumentedMessage()
        {
            var section = FormFactory.Definitions.Tests.Support.DiagnosticsDocument.Sections().Single(s => s.Id == "FF0003");
            Assert.Equal(section.Messages, section.Files.SelectMany(SchemaChecker.Check).Select(d => d.ToString()));
        }

        [Fact]
        public void SchemaIsNotCheckedWhereTheLoaderFoundAnError()
        {
            var result = CatalogLoader.Bind(new[]
            {
                new DefinitionFile("services/test.form.json", """
                    { "id": "test", "title": "Test", "steps": [ { "id": "schritt", "title": "Schritt", "fields": [
                      { "id": "name", "type": "text", "label": "Name", "requird": true }
                    ] } ] }
                    """),
            });
            var d = Assert.Single(result.Diagnostics);
            Assert.Equal("FF0101", d.Id);
        }

        [Fact]
        public void FileThatIsNotUtf8IsUnreadable()
        {
            Directory.CreateDirectory(Path.Combine(_folder, "services"));
            // "Größe" in Latin-1: the bytes for ö and ß are no UTF-8.
            File.WriteAllBytes(Path.Combine(_folder, "services", "test.form.json"), new byte[] { 0x7B, 0x22, 0x47, 0x72, 0xF6, 0xDF, 0x65, 0x22, 0x7D });
            var result = CatalogLoader.Load(_folder);
            var d = Assert.Single(result.Diagnostics);
            Assert.Equal(("FF0006", 1, 1), (d.Id, d.Location.Line, d.Location.Column));
            Assert.EndsWith("/services/test.form.json", d.Location.Path);
            Assert.Equal("The file cannot be read: it is not UTF-8 text; save it as UTF-8.", d.Message);
        }

        [Fact]
        public void FileLargerThanTheLimitIsUnreadableWithoutBeingRead()
        {
            using (var stream = File.Create(Path.Combine(_folder, "factory.json")))
                stream.SetLength(DefinitionFolder.MaxFileBytes + 1);
            var (files, problems) = DefinitionFolder.Read(_folder);
            Assert.Empty(files);
            var d = Assert.Single(problems);
            Assert.Equal(("FF0006", 1, 1), (d.Id, d.Location.Line, d.Location.Column));
            Assert.Contains("larger than 8 MB", d.Message);
        }

        [Fact]
        public void PublishedSchemasInTheFolderAreNotDefinitions()
        {
            Directory.CreateDirectory(Path.Combine(_folder, "schema"));
            File.WriteAllText(Path.Combine(_folder, "schema", "form.schema.json"), SchemaChecker.SchemaText(DefinitionFileKind.Form));
            File.WriteAllText(Path.Combine(_folder, "notizen.json"), "{}");
            var result = CatalogLoader.Load(_folder);
            var d = Assert.Single(result.Diagnostics);
            Assert.Equal("FF0004", d.Id);
            Assert.EndsWith("/notizen.json", d.Location.Path);
        }
    }
}
