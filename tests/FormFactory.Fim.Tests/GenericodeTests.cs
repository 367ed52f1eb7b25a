using System.Linq;
using System.Text.Json;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Fim.CodeLists;
using FormFactory.Fim.Reading;
using FormFactory.Fim.Tests.Support;

namespace FormFactory.Fim.Tests
{
    /// <summary>genericode 1.0 lists: columns and keys as declared, the canonical version URI kept as the source.</summary>
    public class GenericodeTests
    {
        private static GenericodeCodeList Read(string relative)
        {
            var file = FimFileReader.Read(Cases.Input(relative), new DiagnosticBag());
            return Assert.IsType<GenericodeCodeList>(file?.CodeList);
        }

        [Fact]
        public void DestatisStaatIsReadWithItsKeys()
        {
            var list = Read("codelists/C60000020_genericode.xml");
            Assert.Equal("Staat", list.ShortName);
            Assert.Equal("urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat_2021-02-19", list.CanonicalVersionUri);
            Assert.Equal(9, list.Columns.Count);
            Assert.Equal(new[] { "codeKey", "codenameKey" }, list.Keys.Select(k => k.Id));
            Assert.Equal("Deutschland", list.Rows[0]["suchbegriff"]);
            var columns = CodeListColumns.Choose(list);
            Assert.Equal(("schluessel-staat", "suchbegriff"), (columns.Code, columns.Name));
        }

        [Fact]
        public void ListWithUnqualifiedChildrenAndNoNameKeyTakesTheTextColumnAsLabels()
        {
            // The genericode standard leaves children unqualified; the FIM quality messages are written so.
            var list = Read("codelists/XDFM_1.8_QS-Meldungen_genericode.xml");
            Assert.Equal(142, list.Rows.Count);
            Assert.Equal("urn:xoev-de:fim-datenfelder:codeliste:xdfm_1.8", list.CanonicalVersionUri);
            var columns = CodeListColumns.Choose(list);
            Assert.Equal(("Code", "Meldungstext"), (columns.Code, columns.Name));
        }

        [Fact]
        public void ColumnsTheFieldDeclaresWin()
        {
            var list = Read("codelists/C60000020_genericode.xml");
            var columns = CodeListColumns.Choose(list, codeKey: "iso-2", nameKey: "staatsname-voll");
            Assert.Equal(("iso-2", "staatsname-voll"), (columns.Code, columns.Name));
        }

        [Fact]
        public void ValuesWithoutColumnRefFollowTheColumnOrder()
        {
            string xml = "<gc:CodeList xmlns:gc=\"http://docs.oasis-open.org/codelist/ns/genericode/1.0/\">"
                + "<ColumnSet><Column Id=\"k\" Use=\"required\"/><Column Id=\"bezeichnung\"/><Key Id=\"codeKey\"><ColumnRef Ref=\"k\"/></Key></ColumnSet>"
                + "<SimpleCodeList><Row><Value><SimpleValue>A</SimpleValue></Value><Value><SimpleValue>Erstes</SimpleValue></Value></Row></SimpleCodeList></gc:CodeList>";
            var list = Assert.IsType<GenericodeCodeList>(FimFileReader.Read(Xdf.Input("l.xml", xml), new DiagnosticBag())?.CodeList);
            Assert.Equal("Erstes", list.Rows[0]["bezeichnung"]);
            Assert.Equal("bezeichnung", CodeListColumns.Choose(list).Name);
        }

        [Fact]
        public void NamedListIsImportedOnItsOwnWithItsSource()
        {
            var result = FimImporter.Import(new[] { Cases.Input("codelists/C60000020_genericode.xml") });
            Assert.Empty(result.Diagnostics);
            var file = Assert.Single(result.Files);
            Assert.Equal("codelists/staat.codelist.json", file.Path);
            using var json = JsonDocument.Parse(file.Text);
            Assert.Equal("urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat_2021-02-19", json.RootElement.GetProperty("source").GetString());
            Assert.Equal("2021-02-19", json.RootElement.GetProperty("version").GetString());
            var values = json.RootElement.GetProperty("values");
            Assert.Equal(Read("codelists/C60000020_genericode.xml").Rows.Count, values.GetArrayLength());
            Assert.Equal("000", values[0].GetProperty("code").GetString());
            Assert.Equal("Deutschland", values[0].GetProperty("label").GetString());
            Assert.False(CatalogBinder.Bind(result.Files).HasErrors);
        }

        [Fact]
        public void AListWithEmptyNamesIsNamedAfterItsCanonicalUri()
        {
            var result = FimImporter.Import(new[] { Cases.Input("others/codelists/1122.xml") });
            Assert.Empty(result.Diagnostics);
            var file = Assert.Single(result.Files);
            Assert.Equal("codelists/nichterforderlichvorhanden.codelist.json", file.Path);
            var bound = FormFactory.Workspace.CatalogLoader.Bind(result.Files);
            Assert.True(bound.Diagnostics.Count == 0, string.Join("\n", bound.Diagnostics));
        }

        [Fact]
        public void EveryGivenListImportsAndBinds()
        {
            var result = FimImporter.Import(Cases.In("codelists").Select(n => Cases.Input("codelists/" + n)));
            Assert.Empty(result.Diagnostics);
            Assert.Equal(5, result.Files.Count);
            var bound = FormFactory.Workspace.CatalogLoader.Bind(result.Files);
            Assert.True(bound.Diagnostics.Count == 0, string.Join("\n", bound.Diagnostics));
        }

        [Fact]
        public void ListsFoundBesideASchemaAreImportedOnlyWhenUsed()
        {
            var result = Cases.Import("xdf2/S00000094V1.0_xdf2.xml");
            Assert.DoesNotContain(result.Files, f => f.Path.Contains("xdfm", System.StringComparison.OrdinalIgnoreCase));
            Assert.Contains(result.Report.Inputs, i => i.Contains("found beside the schema but not used", System.StringComparison.Ordinal));
        }

        [Fact]
        public void SelectFieldUsesTheGivenListAndRulesCheckItsCodes()
        {
            var result = Xdf.Import(
                ("schema.xml", Xdf.Schema2(Xdf.Field("F00000001", "Farbe", "select", extra: Xdf.CodeListReference("urn:test:farbe", "1")))),
                ("farbe.xml", Xdf.Genericode("urn:test:farbe", "1", ("r", "Rot"), ("g", "Grün"))));
            Assert.Empty(result.Diagnostics);
            Assert.Contains("\"codeList\": \"testliste\"", result.File("services/testantrag.form.json"));
            Assert.Contains("\"source\": \"urn:test:farbe_1\"", result.File("codelists/testliste.codelist.json"));
        }
    }
}
