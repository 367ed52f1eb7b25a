using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Validation
{
    public class RequiredTests
    {
        private static readonly FormTestCase Name = new FormTestCase().Form("test", """
            [ { "id": "name", "type": "text", "label": "Name", "required": true } ]
            """);

        [Theory]
        [InlineData("{}")]
        [InlineData("""{ "name": null }""")]
        [InlineData("""{ "name": "" }""")]
        public void AMissingNullOrEmptyRequiredFieldIsOneRequiredError(string json) =>
            Name.Validator().Expect(json, "name required");

        [Theory]
        [InlineData("""{ "name": "Bello" }""")]
        [InlineData("""{ "name": " " }""")]
        [InlineData("""{ "name": "0" }""")]
        public void AnyNonEmptyTextAnswersARequiredField(string json) => Name.Validator().Valid(json);

        [Fact]
        public void AnOptionalEmptyFieldIsFine() =>
            new FormTestCase().Form("test", """[ { "id": "name", "type": "text", "label": "Name" } ]""").Validator().Valid("{}");

        [Theory]
        [InlineData("text", "\"\"")]
        [InlineData("textarea", "\"\"")]
        [InlineData("integer", "null")]
        [InlineData("decimal", "null")]
        [InlineData("money", "null")]
        [InlineData("date", "\"\"")]
        [InlineData("boolean", "null")]
        [InlineData("email", "\"\"")]
        [InlineData("phone", "\"\"")]
        [InlineData("postcode", "\"\"")]
        [InlineData("iban", "\"\"")]
        [InlineData("file", "null")]
        public void EveryTypeCanBeRequired(string type, string empty) =>
            new FormTestCase().Form("test", $$"""[ { "id": "feld", "type": "{{type}}", "label": "Feld", "required": true } ]""")
                .Validator().Expect($$"""{ "feld": {{empty}} }""", "feld required");

        [Fact]
        public void AnEmptyListLeavesARequiredMultiChoiceUnanswered()
        {
            var v = new FormTestCase().CodeList("farben", "rot", "blau")
                .Form("test", """[ { "id": "farben", "type": "multiChoice", "codeList": "farben", "label": "Farben", "required": true } ]""").Validator();
            v.Expect("""{ "farben": [] }""", "farben required");
            v.Expect("{}", "farben required");
            v.Valid("""{ "farben": ["rot"] }""");
        }

        [Fact]
        public void AnUntickedCheckboxIsEmpty()
        {
            var v = new FormTestCase().Form("test", """[ { "id": "zustimmung", "type": "boolean", "as": "checkbox", "label": "Ich stimme zu", "required": true } ]""").Validator();
            v.Expect("""{ "zustimmung": false }""", "zustimmung required");
            v.Valid("""{ "zustimmung": true }""");
        }

        [Fact]
        public void NoOnRadiosIsAnAnswer()
        {
            var v = new FormTestCase().Form("test", """[ { "id": "zuzug", "type": "boolean", "label": "Zuzug?", "required": true } ]""").Validator();
            v.Valid("""{ "zuzug": false }""");
            v.Valid("""{ "zuzug": true }""");
            v.Expect("{}", "zuzug required");
        }

        [Fact]
        public void RequiredWhenAppliesOnlyWhileItsConditionIsTrue()
        {
            var v = new FormTestCase().Form("test", """
                [ { "id": "zuzug", "type": "boolean", "label": "Zuzug?" },
                  { "id": "bisherigeGemeinde", "type": "text", "label": "Bisherige Gemeinde", "requiredWhen": "zuzug == true" } ]
                """).Validator();
            v.Expect("""{ "zuzug": true }""", "bisherigeGemeinde required");
            v.Valid("""{ "zuzug": true, "bisherigeGemeinde": "Darmstadt" }""");
            v.Valid("""{ "zuzug": false }""");
            v.Valid("{}");
        }

        [Fact]
        public void AHiddenFieldIsNeverRequired()
        {
            var v = new FormTestCase().Form("test", """
                [ { "id": "lastschrift", "type": "boolean", "label": "Lastschrift?" },
                  { "id": "kontoinhaber", "type": "text", "label": "Kontoinhaber", "required": true, "visibleWhen": "lastschrift == true" },
                  { "id": "iban", "type": "iban", "label": "IBAN", "visibleWhen": "lastschrift == true", "requiredWhen": "lastschrift == true" } ]
                """).Validator();
            v.Valid("""{ "lastschrift": false }""");
            v.Valid("{}");
            v.Expect("""{ "lastschrift": true }""", "kontoinhaber required", "iban required");
        }

        [Fact]
        public void AFieldInsideAHiddenGroupIsHiddenToo()
        {
            var v = new FormTestCase().Form("test", """
                [ { "id": "andereAnschrift", "type": "boolean", "label": "Andere Anschrift?" },
                  { "id": "anschrift", "type": "group", "label": "Anschrift", "visibleWhen": "andereAnschrift == true", "fields": [
                    { "id": "ort", "type": "text", "label": "Ort", "required": true } ] } ]
                """).Validator();
            v.Valid("""{ "andereAnschrift": false }""");
            v.Expect("""{ "andereAnschrift": true }""", "anschrift.ort required");
        }

        [Fact]
        public void AGroupWithRequiredWhenIsOptionalWhileItsConditionIsFalse()
        {
            var v = new FormTestCase().Form("test", """
                [ { "id": "vertreten", "type": "boolean", "label": "Vertreten?" },
                  { "id": "vertreter", "type": "group", "label": "Vertreter", "requiredWhen": "vertreten == true", "fields": [
                    { "id": "name", "type": "text", "label": "Name", "required": true } ] },
                  { "id": "kinder", "type": "group", "label": "Kinder", "requiredWhen": "vertreten == true", "repeat": { "min": 1 }, "fields": [
                    { "id": "name", "type": "text", "label": "Name", "required": true } ] } ]
                """).Validator();
            v.Valid("""{ "vertreten": false }""");
            v.Valid("{}");
            v.Expect("""{ "vertreten": false, "vertreter": { "name": "" }, "kinder": [ {} ] }""", "kinder[0].name required");
            v.Expect("""{ "vertreten": true }""", "vertreter.name required", "kinder repeatMin");
        }

        [Fact]
        public void RequiredWhenInsideAnEntryReadsThatEntry()
        {
            var v = new FormTestCase().Form("test", """
                [ { "id": "hunde", "type": "group", "label": "Hunde", "repeat": { "min": 1, "max": 3 }, "fields": [
                    { "id": "gefaehrlich", "type": "boolean", "label": "Gefährlich?", "required": true },
                    { "id": "nachweis", "type": "text", "label": "Nachweis", "requiredWhen": "item.gefaehrlich == true" } ] } ]
                """).Validator();
            v.Expect("""{ "hunde": [ { "gefaehrlich": false }, { "gefaehrlich": true }, { "gefaehrlich": true, "nachweis": "liegt vor" } ] }""",
                "hunde[1].nachweis required");
        }
    }
}
