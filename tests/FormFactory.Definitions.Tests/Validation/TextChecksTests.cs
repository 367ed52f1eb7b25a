using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Validation
{
    public class TextChecksTests
    {
        private static FormTestCase Text(string properties, string type = "text") =>
            new FormTestCase().Form("test", $$"""[ { "id": "wert", "type": "{{type}}", "label": "Wert", {{properties}} } ]""");

        [Theory]
        [InlineData("DA-AB 123")]
        [InlineData("DA-AB123")]
        [InlineData("ÖHR-X 1H")]
        public void AValueMatchingThePatternPasses(string value) =>
            Text("\"pattern\": \"^[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} ?[1-9][0-9]{0,3}[EH]?$\"").Validator().Valid($$"""{ "wert": "{{value}}" }""");

        [Theory]
        [InlineData("da-ab 123")]
        [InlineData("DA-AB 0123")]
        [InlineData("DA AB 123")]
        [InlineData("DA-AB 123 ")]
        public void AValueNotMatchingThePatternFailsPattern(string value) =>
            Text("\"pattern\": \"^[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} ?[1-9][0-9]{0,3}[EH]?$\"").Validator().Expect($$"""{ "wert": "{{value}}" }""", "wert pattern");

        [Fact]
        public void APatternWithoutAnchorsMustStillMatchTheWholeValue()
        {
            var v = Text("\"pattern\": \"[0-9]{5}\"").Validator();
            v.Valid("""{ "wert": "64283" }""");
            v.Expect("""{ "wert": "D-64283" }""", "wert pattern");
            v.Expect("""{ "wert": "642830" }""", "wert pattern");
        }

        [Fact]
        public void AnAlternationIsMatchedAsAWhole()
        {
            // ^(?:a|bc)$, not ^a|bc$ (which would accept "ax").
            var v = Text("\"pattern\": \"a|bc\"").Validator();
            v.Valid("""{ "wert": "a" }""");
            v.Valid("""{ "wert": "bc" }""");
            v.Expect("""{ "wert": "ax" }""", "wert pattern");
            v.Expect("""{ "wert": "xbc" }""", "wert pattern");
        }

        [Fact]
        public void APatternDoesNotAcceptATrailingNewline()
        {
            // In a textarea, where a line feed is allowed at all (in a text it is a format error before any pattern).
            Text("\"pattern\": \"^[0-9]{5}$\"", "textarea").Validator().Expect("""{ "wert": "64283\n" }""", "wert pattern");
            Text("\"pattern\": \"[0-9]{5}\"", "textarea").Validator().Expect("""{ "wert": "64283\n" }""", "wert pattern");
        }

        [Theory]
        [InlineData("^\\\\d{5}$", "64283", true)]
        [InlineData("^\\\\d{5}$", "٦٤٢٨٣", false)]
        [InlineData("^\\\\d{5}$", "６４２８３", false)]
        [InlineData("^\\\\w+$", "Hund_1", true)]
        [InlineData("^\\\\w+$", "Größe", false)]
        public void PatternClassesMeanWhatTheyMeanInBrowsers(string pattern, string value, bool valid)
        {
            var v = Text("\"pattern\": \"" + pattern + "\"").Validator();
            if (valid) v.Valid($$"""{ "wert": "{{value}}" }""");
            else v.Expect($$"""{ "wert": "{{value}}" }""", "wert pattern");
        }

        [Fact]
        public void MinLengthCountsCodePoints()
        {
            var v = Text("\"minLength\": 3").Validator();
            v.Expect("""{ "wert": "ab" }""", "wert minLength");
            v.Valid("""{ "wert": "abc" }""");
            v.Expect("""{ "wert": "😀😀" }""", "wert minLength");
            v.Valid("""{ "wert": "😀😀😀" }""");
        }

        [Fact]
        public void MaxLengthCountsCodePointsSoAnEmojiCountsOnce()
        {
            var v = Text("\"maxLength\": 3").Validator();
            v.Valid("""{ "wert": "abc" }""");
            v.Expect("""{ "wert": "abcd" }""", "wert maxLength");
            v.Valid("""{ "wert": "😀😀😀" }""");
            v.Valid("""{ "wert": "\ud83d\ude00ab" }""");
            v.Valid("""{ "wert": "äöü" }""");
            v.Expect("""{ "wert": "😀😀😀😀" }""", "wert maxLength");
        }

        [Fact]
        public void TextareaHasLengthChecksToo()
        {
            var v = Text("\"minLength\": 2, \"maxLength\": 4", "textarea").Validator();
            v.Expect("""{ "wert": "a" }""", "wert minLength");
            v.Expect("""{ "wert": "abcde" }""", "wert maxLength");
            v.Valid("""{ "wert": "a\nb" }""");
        }

        [Fact]
        public void EveryFailingCheckIsReported()
        {
            var v = Text("\"maxLength\": 3, \"pattern\": \"^[0-9]+$\"").Validator();
            v.Expect("""{ "wert": "abcd" }""", "wert maxLength", "wert pattern");
        }

        [Fact]
        public void TextsAreCheckedAsGivenWithoutTrimming()
        {
            var v = Text("\"required\": true, \"maxLength\": 3").Validator();
            v.Valid("""{ "wert": "   " }""");
            v.Expect("""{ "wert": " abc" }""", "wert maxLength");
        }
    }
}
