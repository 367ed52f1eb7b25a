using System.Linq;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Diagnostics
{
    /// <summary>Every "unknown X" diagnostic points to the nearest known name (one helper, <see cref="NearestName"/>).</summary>
    public class DidYouMeanTests
    {
        [Theory]
        [InlineData("datum", "date")]
        [InlineData("Datum", "date")]
        [InlineData("zahl", "integer")]
        [InlineData("auswahl", "choice")]
        [InlineData("mehrfachauswahl", "multiChoice")]
        [InlineData("datei", "file")]
        [InlineData("txt", "text")]
        [InlineData("emial", "email")]
        [InlineData("Text", "text")]
        public void AnUnknownFieldTypePointsToTheNearestType(string written, string meant)
        {
            var d = new FormTestCase()
                .Form("test", $$"""[ { "id": "feld", "type": "{{written}}", "label": "Feld" } ]""")
                .ExpectOnlyDiagnostic("FF0106", 1, 120);
            Assert.StartsWith($"Unknown field type '{written}' (did you mean '{meant}'?); use one of: text,", d.Message);
        }

        [Fact]
        public void AFieldTypeFarFromEveryTypeGetsNoGuess()
        {
            var d = new FormTestCase()
                .Form("test", """[ { "id": "feld", "type": "unterschrift", "label": "Feld" } ]""")
                .ExpectOnlyDiagnostic("FF0106", 1, 120);
            Assert.DoesNotContain("did you mean", d.Message);
        }

        [Theory]
        [InlineData("pflicht", "required")]
        [InlineData("beschriftung", "label")]
        [InlineData("lable", "label")]
        [InlineData("hilfe", "hint")]
        public void AnUnknownPropertyPointsToTheNearestProperty(string written, string meant)
        {
            var d = Assert.Single(new FormTestCase()
                .Form("test", $$"""[ { "id": "feld", "type": "text", "label": "Feld", "{{written}}": true } ]""")
                .Diagnostics(), x => x.Id == "FF0101");
            Assert.Contains($"(did you mean '{meant}'?)", d.Message);
        }

        [Fact]
        public void AnUnknownFunctionPointsToTheNearestFunction()
        {
            var all = new FormTestCase()
                .Form("test", """[ { "id": "geburt", "type": "date", "label": "Geburt" }, { "id": "b", "type": "text", "label": "B", "visibleWhen": "tday() > geburt || heute() > geburt" } ]""")
                .Diagnostics().Where(x => x.Id == "FF0404").Select(x => x.Message).ToList();
            Assert.Equal(new[] { "Unknown function 'tday' (did you mean 'today'?); available: today, age, len, isEmpty, contains, count, sum, date.",
                "Unknown function 'heute' (did you mean 'today'?); available: today, age, len, isEmpty, contains, count, sum, date." }, all);
        }

        [Fact]
        public void AnUnknownFieldInAnExpressionPointsToAMisspeltField()
        {
            var d = Assert.Single(new FormTestCase()
                .Form("test", """[ { "id": "name", "type": "text", "label": "Name" }, { "id": "b", "type": "text", "label": "B", "visibleWhen": "nme == 'x'" } ]""")
                .Diagnostics());
            Assert.Equal("No field 'nme' exists here (did you mean 'name'?).", d.Message);
        }

        [Fact]
        public void AnUnknownCodeListAndBlockPointToMisspeltOnes()
        {
            var all = new FormTestCase()
                .CodeList("farben", "rot", "gruen")
                .Block("anschrift", """[ { "id": "ort", "type": "text", "label": "Ort" } ]""")
                .Form("test", """[ { "id": "w", "type": "choice", "label": "W", "codeList": "farbn" }, { "id": "a", "block": "anschrfit" } ]""")
                .Diagnostics();
            Assert.Contains(all, x => x.Id == "FF0202" && x.Message == "No code list 'farbn' exists (did you mean 'farben'?).");
            Assert.Contains(all, x => x.Id == "FF0201" && x.Message == "No block 'anschrfit' exists (did you mean 'anschrift'?).");
        }

        [Fact]
        public void AnUnknownTenantAndServicePointToMisspeltOnes()
        {
            var all = new FormTestCase()
                .Form("hundAnmelden", """[ { "id": "name", "type": "text", "label": "Name" } ]""")
                .File("tenants/rossdorf.tenant.json", """{ "id": "rossdorf", "name": "Roßdorf", "type": "gemeinde", "offers": ["hundAnmeldne"] }""")
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test",
                      "factory": { "reuse": ["rosdorf"] },
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [] } ]
                    }
                    """)
                .Diagnostics();
            Assert.Contains(all, x => x.Id == "FF0204" && x.Message.StartsWith("No service 'hundAnmeldne' exists (did you mean 'hundAnmelden'?);"));
            Assert.Contains(all, x => x.Id == "FF0205" && x.Message.StartsWith("No tenant 'rosdorf' exists (did you mean 'rossdorf'?);"));
        }

        [Theory]
        [InlineData("lable", "label")]
        [InlineData("maxLenght", "maxLength")]
        [InlineData("REQUIRED", "required")]
        [InlineData("hund", "hundAnmelden")]
        [InlineData("ab", null)]
        [InlineData("xyz", null)]
        public void TheNearestNameIsCloseOrNone(string name, string? expected) =>
            Assert.Equal(expected, NearestName.Find(name, new[] { "label", "maxLength", "required", "hundAnmelden", "id" }));

        [Fact]
        public void AGermanWordOnlyPointsToANameThatIsKnownThere() =>
            Assert.Null(NearestName.Find("datum", new[] { "label", "required" }));
    }
}
