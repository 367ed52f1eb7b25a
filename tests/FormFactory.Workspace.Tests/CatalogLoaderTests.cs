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
            foreach (var text in new[] { "{}", "[]", "", "{", "{ \"id\": 1 }", new string('[', 10_000), "{ \"$schema\": " + new string('[', 100) + new string(']', 100) + " }" })
            {
                var diagnostics = SchemaChecker.Check(new DefinitionFile(path, text));
                Assert.All(diagnostics, d => Assert.Equal("FF0003", d.Id));
                Assert.All(diagnostics, d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1));
            }
        }

        [Fact]
        public void UnknownKindIsNotSchemaChecked() =>
            Assert.Empty(SchemaChecker.Check(new DefinitionFile("notes.json", "{ \"anything\": 1 }")));
    }
}
