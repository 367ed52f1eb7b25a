using System.Linq;
using System.Text.Json;
using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Validation
{
    /// <summary>What the validator accepts as a submission and what it keeps for the back office.</summary>
    public class SubmissionShapeTests
    {
        private static readonly FormTestCase Simple = new FormTestCase().Form("test", """
            [ { "id": "name", "type": "text", "label": "Name", "required": true },
              { "id": "alter", "type": "integer", "label": "Alter", "required": true } ]
            """);

        [Theory]
        [InlineData("")]
        [InlineData("{")]
        [InlineData("{ \"name\": }")]
        [InlineData("{ \"name\": \"a\", }")]
        [InlineData("{ name: 'a' }")]
        [InlineData("{} {}")]
        [InlineData("\u00ff")]
        public void InvalidJsonIsOneFormatErrorAtTheForm(string json)
        {
            var result = Simple.Validator().Expect(json, "(form) format");
            Assert.Equal("{}", result.KeptJson);
            Assert.NotEmpty(result.Errors[0].MessageDe);
            Assert.NotEmpty(result.Errors[0].MessageEn);
        }

        [Theory]
        [InlineData("[]")]
        [InlineData("[ { \"name\": \"a\" } ]")]
        [InlineData("\"text\"")]
        [InlineData("42")]
        [InlineData("null")]
        [InlineData("true")]
        public void ANonObjectSubmissionIsOneFormatErrorAtTheForm(string json)
        {
            var result = Simple.Validator().Expect(json, "(form) format");
            Assert.Equal("{}", result.KeptJson);
        }

        [Fact]
        public void ExcessiveNestingIsAFormatErrorNotACrash()
        {
            string deep = string.Concat(Enumerable.Repeat("[", 10000)) + string.Concat(Enumerable.Repeat("]", 10000));
            Simple.Validator().Expect("{ \"name\": " + deep + " }", "(form) format");
        }

        [Fact]
        public void AStringThatIsNoValidUnicodeIsAFormatErrorNotACrash()
        {
            var v = new FormTestCase().CodeList("farben", "rot").Form("test", """
                [ { "id": "name", "type": "text", "label": "Name" },
                  { "id": "farbe", "type": "choice", "codeList": "farben", "label": "Farbe" },
                  { "id": "datum", "type": "date", "label": "Datum" } ]
                """).Validator();
            v.Expect("""{ "name": "\ud800", "farbe": "\udc00", "datum": "\ud800" }""", "name format", "farbe format", "datum format");
            Assert.Equal("""{"name":"ok"}""", v.Valid("""{ "name": "ok", "x\ud800": "\ud800" }""").KeptJson);
        }

        [Fact]
        public void AJsonElementCanBeValidatedDirectly()
        {
            using var document = JsonDocument.Parse("""{ "name": "A" }""");
            var result = Simple.Validator().Validate(document.RootElement);
            Assert.Equal(new[] { "alter required" }, result.Pairs());
        }

        [Fact]
        public void UnknownPropertiesAreIgnoredAndNotKept()
        {
            var result = Simple.Validator().Valid("""{ "name": "A", "alter": 3, "extra": { "x": [1, 2] }, "Name": 5, "steps": [] }""");
            Assert.Equal("""{"name":"A","alter":3}""", result.KeptJson);
        }

        [Fact]
        public void UnknownPropertiesInsideGroupsAreIgnoredToo()
        {
            var result = new FormTestCase().Form("test", """
                [ { "id": "g", "type": "group", "label": "G", "fields": [ { "id": "a", "type": "text", "label": "A" } ] } ]
                """).Validator().Valid("""{ "g": { "a": "x", "b": 1 } }""");
            Assert.Equal("""{"g":{"a":"x"}}""", result.KeptJson);
        }

        [Fact]
        public void HiddenValuesAreNeitherCheckedNorKept()
        {
            var v = new FormTestCase().Form("test", """
                [ { "id": "lastschrift", "type": "boolean", "label": "Lastschrift?", "required": true },
                  { "id": "iban", "type": "iban", "label": "IBAN", "visibleWhen": "lastschrift == true", "requiredWhen": "lastschrift == true" },
                  { "id": "mandat", "type": "group", "label": "Mandat", "visibleWhen": "lastschrift == true", "fields": [
                    { "id": "datum", "type": "date", "label": "Datum", "required": true } ] } ]
                """).Validator();
            var result = v.Valid("""{ "lastschrift": false, "iban": "kaputt", "mandat": { "datum": "nie" } }""");
            Assert.Equal("""{"lastschrift":false}""", result.KeptJson);
            result = v.Expect("""{ "lastschrift": true, "iban": "kaputt", "mandat": { "datum": "nie" } }""", "iban iban", "mandat.datum format");
        }

        [Fact]
        public void EmptyValuesAreNotKept()
        {
            var result = new FormTestCase().CodeList("farben", "rot").Form("test", """
                [ { "id": "a", "type": "text", "label": "A" },
                  { "id": "b", "type": "multiChoice", "codeList": "farben", "label": "B" },
                  { "id": "c", "type": "boolean", "as": "checkbox", "label": "C" },
                  { "id": "d", "type": "date", "label": "D" },
                  { "id": "e", "type": "text", "label": "E" } ]
                """).Validator().Valid("""{ "a": "", "b": [], "c": false, "d": null, "e": "x" }""");
            Assert.Equal("""{"e":"x"}""", result.KeptJson);
        }

        [Fact]
        public void EmptyGroupsAndListsAreNotKept()
        {
            var v = new FormTestCase().Form("test", """
                [ { "id": "g", "type": "group", "label": "G", "fields": [
                    { "id": "a", "type": "text", "label": "A" },
                    { "id": "innen", "type": "group", "label": "Innen", "fields": [ { "id": "b", "type": "text", "label": "B" } ] },
                    { "id": "liste", "type": "group", "label": "Liste", "repeat": {}, "fields": [ { "id": "c", "type": "text", "label": "C" } ] } ] },
                  { "id": "personen", "type": "group", "label": "Personen", "repeat": { "max": 3 }, "fields": [ { "id": "name", "type": "text", "label": "Name" } ] } ]
                """).Validator();
            Assert.Equal("{}", v.Valid("{}").KeptJson);
            Assert.Equal("{}", v.Valid("""{ "g": { "a": "", "innen": {}, "liste": [] }, "personen": [] }""").KeptJson);
            Assert.Equal("""{"g":{"innen":{"b":"x"}},"personen":[{}]}""", v.Valid("""{ "g": { "innen": { "b": "x" } }, "personen": [ {} ] }""").KeptJson);
        }

        [Fact]
        public void KeptDataIsNormalised()
        {
            var result = new FormTestCase().CodeList("farben", "rot", "blau").Form("test", """
                [ { "id": "iban", "type": "iban", "label": "IBAN" },
                  { "id": "betrag", "type": "money", "label": "Betrag" },
                  { "id": "farben", "type": "multiChoice", "codeList": "farben", "label": "Farben" },
                  { "id": "datum", "type": "date", "label": "Datum" },
                  { "id": "ja", "type": "boolean", "label": "Ja" } ]
                """).Validator().Valid("""{ "ja": true, "datum": "2026-01-31", "farben": ["blau", "rot", "blau"], "betrag": 12.50, "iban": "de89 3704 0044 0532 0130 00" }""");
            Assert.Equal("""{"iban":"DE89370400440532013000","betrag":12.5,"farben":["blau","rot"],"datum":"2026-01-31","ja":true}""", result.KeptJson);
        }

        [Fact]
        public void AnOptionalBlockInclusionIsAllOrNothing()
        {
            var v = new FormTestCase()
                .Block("kontakt", """
                    [ { "id": "email", "type": "email", "label": "E-Mail", "required": true },
                      { "id": "telefon", "type": "phone", "label": "Telefon" } ]
                    """)
                .Form("test", """[ { "id": "kontakt", "block": "kontakt", "required": false } ]""").Validator();
            Assert.Equal("{}", v.Valid("{}").KeptJson);
            v.Valid("""{ "kontakt": null }""");
            v.Valid("""{ "kontakt": {} }""");
            v.Valid("""{ "kontakt": { "email": "", "telefon": null } }""");
            v.Expect("""{ "kontakt": { "telefon": "06151 123456" } }""", "kontakt.email required");
            v.Expect("""{ "kontakt": { "telefon": "1" } }""", "kontakt.email required", "kontakt.telefon format");
            Assert.Equal("""{"kontakt":{"email":"a@b.de"}}""", v.Valid("""{ "kontakt": { "email": "a@b.de" } }""").KeptJson);
        }

        [Fact]
        public void ABlockInclusionWithRequiredWhenIsRequiredOnlyWhileItHolds()
        {
            var v = new FormTestCase()
                .Block("konto", """[ { "id": "iban", "type": "iban", "label": "IBAN", "required": true } ]""")
                .Form("test", """
                    [ { "id": "lastschrift", "type": "boolean", "label": "Lastschrift" },
                      { "id": "konto", "block": "konto", "requiredWhen": "lastschrift == true" } ]
                    """).Validator();
            v.Expect("""{ "lastschrift": true }""", "konto.iban required");
            v.Expect("""{ "lastschrift": true, "konto": {} }""", "konto.iban required");
            v.Valid("""{ "lastschrift": false }""");
            v.Valid("{}");
            // While not required it is optional, all or nothing: what is entered is still checked.
            v.Expect("""{ "lastschrift": false, "konto": { "iban": "DE00" } }""", "konto.iban iban");
            Assert.Equal("""{"lastschrift":true,"konto":{"iban":"DE89370400440532013000"}}""",
                v.Valid("""{ "lastschrift": true, "konto": { "iban": "DE89370400440532013000" } }""").KeptJson);
        }

        [Fact]
        public void ABlockInclusionIsRequiredByDefault()
        {
            var v = new FormTestCase()
                .Block("kontakt", """[ { "id": "email", "type": "email", "label": "E-Mail", "required": true } ]""")
                .Form("test", """[ { "id": "kontakt", "block": "kontakt" } ]""").Validator();
            v.Expect("{}", "kontakt.email required");
            v.Expect("""{ "kontakt": {} }""", "kontakt.email required");
        }

        [Fact]
        public void AnOptionalGroupIsAllOrNothing()
        {
            var v = new FormTestCase().Form("test", """
                [ { "id": "vertreter", "type": "group", "label": "Vertreter", "required": false, "fields": [
                    { "id": "name", "type": "text", "label": "Name", "required": true },
                    { "id": "vollmacht", "type": "boolean", "as": "checkbox", "label": "Vollmacht", "required": true } ] } ]
                """).Validator();
            v.Valid("""{ "vertreter": { "vollmacht": false } }""");
            v.Expect("""{ "vertreter": { "vollmacht": true } }""", "vertreter.name required");
            v.Expect("""{ "vertreter": { "name": "Muster" } }""", "vertreter.vollmacht required");
        }

        [Fact]
        public void ErrorsComeInFormOrderAcrossSteps()
        {
            var v = new FormTestCase().File("services/test.form.json", """
                { "id": "test", "title": "Test", "steps": [
                  { "id": "eins", "title": "Eins", "fields": [ { "id": "a", "type": "text", "label": "A", "required": true } ] },
                  { "id": "zwei", "title": "Zwei", "fields": [ { "id": "b", "type": "text", "label": "B", "required": true },
                                                             { "id": "c", "type": "integer", "label": "C", "min": 5 } ] } ] }
                """).Validator();
            v.Expect("""{ "c": 1 }""", "a required", "b required", "c min");
        }
    }
}
