using System;
using System.Linq;
using FormFactory.Definitions;

namespace FormFactory.Workspace.Tests
{
    public class CatalogLoaderTests
    {
        private static readonly DefinitionFile[] Clean =
        {
            new("codelists/farbe.codelist.json", "{ \"id\": \"farbe\", \"values\": [ { \"code\": \"rot\", \"label\": \"Rot\" } ] }"),
            new("services/test.form.json", "{ \"id\": \"test\", \"title\": \"Test\", \"steps\": [ { \"id\": \"s\", \"title\": \"S\", \"fields\": [ { \"id\": \"f\", \"type\": \"choice\", \"codeList\": \"farbe\", \"label\": \"Farbe\" } ] } ] }"),
        };

        [Fact]
        public void CleanFilesBindWithoutDiagnostics()
        {
            var result = CatalogLoader.Bind(Clean);
            Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
            Assert.Equal("test", Assert.Single(result.Catalog.Forms).Id);
        }

        [Theory]
        [InlineData("services/x.form.json")]
        [InlineData("blocks/x.block.json")]
        [InlineData("codelists/x.codelist.json")]
        [InlineData("tenants/x.tenant.json")]
        [InlineData("factory.json")]
        public void SchemaCheckNeverThrows(string path)
        {
            var texts = new[]
            {
                "{}", "[]", "", "{", "{ \"id\": 1 }", new string('[', 10_000), "{ \"$schema\": " + new string('[', 100) + new string(']', 100) + " }",
                "{ \"$schema\": 9223372036854775808 }", "{ \"id\": 1e400 }", "{ \"id\": -0 }", "{ \"id\": \"\\ud800\" }",
            };
            foreach (var text in texts)
            {
                var diagnostics = SchemaChecker.Check(new DefinitionFile(path, text));
                Assert.All(diagnostics, d => Assert.Equal("FF0003", d.Id));
                Assert.All(diagnostics, d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1));
            }
        }

        [Fact]
        public void ReferencesBetweenBundledSchemasResolve()
        {
            // block.schema.json takes its id rule from form.schema.json#/definitions/id; loading it once crashed.
            var diagnostics = SchemaChecker.Check(new DefinitionFile("blocks/x.block.json", "{ \"id\": \"Nicht camelCase\", \"fields\": [] }"));
            Assert.Contains(diagnostics, d => d.Id == "FF0003");
        }

        [Fact]
        public void IntegerBeyondSixtyFourBitsIsNoCrash()
        {
            // Found by FORMFACTORY_FUZZ_SEED=1, loader mutation #968 (FORMFACTORY_FUZZ_COUNT=19380): NJsonSchema threw
            // InvalidCastException on an integer beyond 64 bits checked against "type": "number", which the loader accepts.
            var files = Clean.Select(f => f.Kind != DefinitionFileKind.Form ? f : f with
            {
                Text = f.Text.Replace("\"id\": \"test\",", "\"id\": \"test\", \"factory\": { \"effortDays\": 100000000000000000000 },"),
            }).ToList();
            var result = CatalogLoader.Bind(files);
            Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        }

        [Fact]
        public void UnknownKindIsNotSchemaChecked() =>
            Assert.Empty(SchemaChecker.Check(new DefinitionFile("notes.json", "{ \"anything\": 1 }")));
    }
}
