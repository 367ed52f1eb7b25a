using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Validation
{
    /// <summary>The built-in formats (email, phone, postcode, iban) and the code <c>format</c> for values of the wrong JSON type.</summary>
    public class FormatTests
    {
        private static FormTestCase Field(string type) =>
            new FormTestCase().CodeList("farben", "rot", "blau").Form("test", $$"""
                [ { "id": "wert", "type": "{{type}}", "label": "Wert"{{(type.EndsWith("hoice") ? ", \"codeList\": \"farben\"" : "")}}{{(type == "group" ? ", \"fields\": [ { \"id\": \"x\", \"type\": \"text\", \"label\": \"X\" } ]" : "")}} },
                  { "id": "liste", "type": "group", "label": "Liste", "repeat": { "max": 3 }, "fields": [ { "id": "x", "type": "text", "label": "X" } ] } ]
                """);

        private static string Json(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\t", "\\t") + "\"";

        [Theory]
        [InlineData("text", "42")]
        [InlineData("text", "true")]
        [InlineData("text", "[\"a\"]")]
        [InlineData("text", "{ \"de\": \"a\" }")]
        [InlineData("textarea", "1.5")]
        [InlineData("email", "12")]
        [InlineData("phone", "6151123456")]
        [InlineData("postcode", "64283")]
        [InlineData("iban", "123")]
        [InlineData("integer", "\"12\"")]
        [InlineData("integer", "1.5")]
        [InlineData("decimal", "\"1.5\"")]
        [InlineData("money", "\"12,50\"")]
        [InlineData("date", "\"2026-02-30\"")]
        [InlineData("date", "\"30.01.2026\"")]
        [InlineData("date", "20260130")]
        [InlineData("boolean", "\"true\"")]
        [InlineData("boolean", "1")]
        [InlineData("boolean", "\"ja\"")]
        [InlineData("choice", "1")]
        [InlineData("multiChoice", "\"rot\"")]
        [InlineData("multiChoice", "[1, 2]")]
        [InlineData("file", "\"scan.pdf\"")]
        [InlineData("group", "\"x\"")]
        [InlineData("group", "[ { \"x\": \"a\" } ]")]
        public void AValueOfTheWrongJsonTypeIsAFormatError(string type, string value) =>
            Field(type).Validator().Expect($$"""{ "wert": {{value}} }""", "wert format");

        [Theory]
        [InlineData("{ \"x\": \"a\" }")]
        [InlineData("\"a\"")]
        [InlineData("true")]
        public void ARepeatedGroupThatIsNoArrayIsAFormatError(string value) =>
            Field("text").Validator().Expect($$"""{ "liste": {{value}} }""", "liste format");

        [Fact]
        public void AnEntryThatIsNoObjectIsAFormatErrorAtItsIndex() =>
            Field("text").Validator().Expect("""{ "liste": [ { "x": "a" }, "b", { "x": 1 } ] }""", "liste[1] format", "liste[2].x format");

        [Theory]
        [InlineData("a@b.de")]
        [InlineData("a@b.c")]
        [InlineData("vorname.nachname+tag@amt.beispiel.de")]
        [InlineData("büro@gemeinde-roßdorf.de")]
        [InlineData("a@b..de")]
        [InlineData("\"quoted\"@example.org")]
        public void AnEmailWithOneAtAndADottedDomainPasses(string email) =>
            Field("email").Validator().Valid($$"""{ "wert": {{Json(email)}} }""");

        [Theory]
        [InlineData("ab.de")]
        [InlineData("a@@b.de")]
        [InlineData("a@b@c.de")]
        [InlineData("@b.de")]
        [InlineData("a@")]
        [InlineData("a@b")]
        [InlineData("a@bde")]
        [InlineData("a@.b.de")]
        [InlineData("a@b.de.")]
        [InlineData("a@.")]
        [InlineData("a b@c.de")]
        [InlineData("a@b .de")]
        [InlineData("a@b.de ")]
        [InlineData(" a@b.de")]
        [InlineData("a\t@b.de")]
        [InlineData("a\u00a0@b.de")]
        public void AnEmailBreakingTheBuiltInRulesFailsFormat(string email) =>
            Field("email").Validator().Expect($$"""{ "wert": {{Json(email)}} }""", "wert format");

        [Theory]
        [InlineData("06151 123456")]
        [InlineData("+49 6151 123456")]
        [InlineData("+49 (0)6151 / 12-34-56")]
        [InlineData("(06151) 123456")]
        [InlineData("12345")]
        [InlineData("123456789012345")]
        [InlineData("+123456789012345")]
        [InlineData("061511234")]
        public void APhoneNumberWithFiveToFifteenDigitsPasses(string phone) =>
            Field("phone").Validator().Valid($$"""{ "wert": {{Json(phone)}} }""");

        [Theory]
        [InlineData("1234")]
        [InlineData("+49 12")]
        [InlineData("1234567890123456")]
        [InlineData("0049+6151123")]
        [InlineData("++49 6151 1234")]
        [InlineData(" +49 6151 1234")]
        [InlineData("06151.123456")]
        [InlineData("06151 12345a")]
        [InlineData("+")]
        [InlineData("06151\t123456")]
        [InlineData("０６１５１ １２３４５６")]
        public void APhoneNumberBreakingTheBuiltInRulesFailsFormat(string phone) =>
            Field("phone").Validator().Expect($$"""{ "wert": {{Json(phone)}} }""", "wert format");

        [Theory]
        [InlineData("64283", true)]
        [InlineData("01067", true)]
        [InlineData("00000", true)]
        [InlineData("6428", false)]
        [InlineData("642830", false)]
        [InlineData("64 283", false)]
        [InlineData("D-64283", false)]
        [InlineData("6428a", false)]
        [InlineData("６４２８３", false)]
        [InlineData("64283 ", false)]
        public void APostcodeIsFiveDigits(string postcode, bool valid)
        {
            var v = Field("postcode").Validator();
            if (valid) v.Valid($$"""{ "wert": {{Json(postcode)}} }""");
            else v.Expect($$"""{ "wert": {{Json(postcode)}} }""", "wert format");
        }

        [Theory]
        [InlineData("DE89370400440532013000", "DE89370400440532013000")]
        [InlineData("DE89 3704 0044 0532 0130 00", "DE89370400440532013000")]
        [InlineData("de89 3704 0044 0532 0130 00", "DE89370400440532013000")]
        [InlineData("  DE89370400440532013000  ", "DE89370400440532013000")]
        [InlineData("GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432")]
        [InlineData("gb82west12345698765432", "GB82WEST12345698765432")]
        [InlineData("NO9386011117947", "NO9386011117947")]
        [InlineData("MT84MALT011000012345MTLCAST001S", "MT84MALT011000012345MTLCAST001S")]
        [InlineData("LC55HEMM000100010012001200023015", "LC55HEMM000100010012001200023015")]
        public void AnIbanIsNormalisedThenCheckedWithModulo97(string iban, string kept)
        {
            var result = Field("iban").Validator().Valid($$"""{ "wert": {{Json(iban)}} }""");
            using var document = System.Text.Json.JsonDocument.Parse(result.KeptJson);
            Assert.Equal(kept, document.RootElement.GetProperty("wert").GetString());
        }

        [Theory]
        [InlineData("DE89370400440532013001")]
        [InlineData("DE88370400440532013000")]
        [InlineData("DE98370400440532013000")]
        [InlineData("DE8937040044053201300")]
        [InlineData("DE89 3704")]
        [InlineData("DE89-3704-0044-0532-0130-00")]
        [InlineData("8937040044053201300DE0")]
        [InlineData("D089370400440532013000")]
        [InlineData("DEXX370400440532013000")]
        [InlineData("DE89370400440532013000DE89370400440532")]
        [InlineData("DE89 3704 0044 0532 0130 0Ä")]
        public void AnIbanWithAWrongChecksumOrShapeFailsIban(string iban) =>
            Field("iban").Validator().Expect($$"""{ "wert": {{Json(iban)}} }""", "wert iban");

        [Fact]
        public void AnIbanWithATabIsAFormatError() =>
            // A control character is refused before any check of the type (docs/submission-contract.md, "Characters").
            Field("iban").Validator().Expect($$"""{ "wert": {{Json("DE89\t370400440532013000")}} }""", "wert format");
    }
}
