using System.Linq;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Diagnostics
{
    /// <summary>FF02xx: references between files.</summary>
    public class ReferenceDiagnosticsTests
    {
        [Fact]
        public void InclusionOfAMissingBlockIsReportedAtTheBlockName()
        {
            var d = new FormTestCase()
                .Block("anschrift", """[ { "id": "ort", "type": "text", "label": "Ort" } ]""")
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test",
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [
                        { "id": "wohnort",
                          "block": "adresse" }
                      ] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0201", 5, 16);
            Assert.Contains("add blocks/adresse.block.json", d.Message);
        }

        [Fact]
        public void MisspeltBlockNameSuggestsTheKnownBlock()
        {
            var d = new FormTestCase()
                .Block("anschrift", """[ { "id": "ort", "type": "text", "label": "Ort" } ]""")
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test",
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [
                        { "id": "wohnort", "block": "Anschrift" }
                      ] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0201", 4, 33);
            Assert.Contains("did you mean 'anschrift'", d.Message);
        }

        [Fact]
        public void ChoiceFromAMissingCodeListIsReportedAtTheCodeList()
        {
            var d = new FormTestCase()
                .CodeList("farbe", "rot", "blau")
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test",
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [
                        { "id": "lieblingsfarbe", "type": "choice", "label": "Farbe",
                          "codeList": "farben" }
                      ] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0202", 5, 19);
            Assert.Contains("did you mean 'farbe'", d.Message);
        }

        [Fact]
        public void BlockThatIncludesItselfIsACycle()
        {
            var d = new FormTestCase()
                .File("blocks/person.block.json", """
                    {
                      "id": "person",
                      "fields": [
                        { "id": "name", "type": "text", "label": "Name" },
                        { "id": "vertreter", "block": "person" }
                      ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0203", 5, 35);
            Assert.Contains("person → person", d.Message);
        }

        [Fact]
        public void BlocksThatIncludeEachOtherAreACycleInBothFiles()
        {
            var all = new FormTestCase()
                .File("blocks/a.block.json", """
                    {
                      "id": "a",
                      "fields": [ { "id": "zuB", "block": "b" } ]
                    }
                    """)
                .File("blocks/b.block.json", """
                    {
                      "id": "b",
                      "fields": [ { "id": "zuA", "block": "a" } ]
                    }
                    """)
                .Diagnostics();
            Assert.Equal(2, all.Count);
            Assert.All(all, d => Assert.Equal("FF0203", d.Id));
            Assert.Contains(all, d => d.Location.Path == "blocks/a.block.json" && d.Location.Line == 3 && d.Location.Column == 39 && d.Message.Contains("b → a → b"));
            Assert.Contains(all, d => d.Location.Path == "blocks/b.block.json" && d.Location.Line == 3 && d.Location.Column == 39 && d.Message.Contains("a → b → a"));
        }

        [Fact]
        public void TenantOfferingAnUndefinedServiceIsReportedAtTheOffer()
        {
            var d = new FormTestCase()
                .Form("hundAnmelden", """[ { "id": "name", "type": "text", "label": "Name" } ]""")
                .File("tenants/rossdorf.tenant.json", """
                    {
                      "id": "rossdorf", "name": "Gemeinde Roßdorf", "type": "gemeinde",
                      "offers": ["hundAnmelden", "katzeAnmelden"]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0204", 3, 30);
            Assert.Contains("'katzeAnmelden'", d.Message);
        }

        [Fact]
        public void SettingsForAnUndefinedServiceAreReportedAtTheirKey()
        {
            new FormTestCase()
                .File("tenants/rossdorf.tenant.json", """
                    {
                      "id": "rossdorf", "name": "Gemeinde Roßdorf", "type": "gemeinde",
                      "services": {
                        "katzeAnmelden": { "fees": "10 €" }
                      }
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0204", 4, 5);
        }

        [Fact]
        public void ReuseByAnUnknownTenantIsAWarningAtTheName()
        {
            var d = new FormTestCase()
                .File("tenants/rossdorf.tenant.json", """{ "id": "rossdorf", "name": "Gemeinde Roßdorf", "type": "gemeinde" }""")
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test",
                      "factory": { "reuse": ["rossdorf", "darmstadt"] },
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0205", 3, 38);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        }

        [Fact]
        public void ReuseIsNotCheckedWhileTheCatalogHasNoTenants()
        {
            var all = new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test",
                      "factory": { "reuse": ["darmstadt"] },
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [] } ]
                    }
                    """)
                .Diagnostics();
            Assert.DoesNotContain(all, d => d.Id == "FF0205");
        }
    }
}
