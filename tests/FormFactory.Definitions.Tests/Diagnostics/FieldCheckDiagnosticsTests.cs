using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Diagnostics
{
    /// <summary>FF03xx: checks on fields and code lists that cannot work as written.</summary>
    public class FieldCheckDiagnosticsTests
    {
        [Fact]
        public void UnclosedCharacterClassIsInvalidRegexAtThePattern()
        {
            new FormTestCase().FormLines("""
                    { "id": "name", "type": "text", "label": "Name",
                      "pattern": "[a-" }
                """)
                .ExpectOnlyDiagnostic("FF0301", 5, 19); // at the '[' that is not closed
        }

        [Fact]
        public void InlineOptionIsNotPortableAtTheOption()
        {
            var d = new FormTestCase().FormLines("""
                    { "id": "name", "type": "text", "label": "Name",
                      "pattern": "(?i)abc" }
                """)
                .ExpectOnlyDiagnostic("FF0302", 5, 19);
            Assert.Contains("'(?i'", d.Message);
        }

        [Fact]
        public void EscapedAnchorIsNotPortableAtItsBackslash()
        {
            // In the file, \z is written \\z: the column is that of the first backslash.
            new FormTestCase().FormLines("""
                    { "id": "plz", "type": "text", "label": "PLZ",
                      "pattern": "^[0-9]{5}\\z" }
                """)
                .ExpectOnlyDiagnostic("FF0302", 5, 28);
        }

        [Fact]
        public void MinLengthAboveMaxLengthIsReportedAtMinLength()
        {
            var d = new FormTestCase().FormLines("""
                    { "id": "name", "type": "text", "label": "Name",
                      "minLength": 10,
                      "maxLength": 5 }
                """)
                .ExpectOnlyDiagnostic("FF0303", 5, 20);
            Assert.Equal("'minLength' (10) is greater than 'maxLength' (5); no value could pass.", d.Message);
        }

        [Fact]
        public void EarliestDateAfterLatestDateIsReportedAtMin()
        {
            new FormTestCase().FormLines("""
                    { "id": "beginn", "type": "date", "label": "Beginn",
                      "min": "2026-12-31", "max": "2026-01-01" }
                """)
                .ExpectOnlyDiagnostic("FF0303", 5, 14);
        }

        [Fact]
        public void RepeatMinAboveMaxIsReportedAtMin()
        {
            new FormTestCase().FormLines("""
                    { "id": "hunde", "type": "group", "label": "Hunde", "fields": [],
                      "repeat": { "min": 3, "max": 2 } }
                """)
                .ExpectOnlyDiagnostic("FF0304", 5, 26);
        }

        [Fact]
        public void RepeatMaxOfZeroIsReportedAtMax()
        {
            var d = new FormTestCase().FormLines("""
                    { "id": "hunde", "type": "group", "label": "Hunde", "fields": [],
                      "repeat": { "max": 0 } }
                """)
                .ExpectOnlyDiagnostic("FF0304", 5, 26);
            Assert.Contains("at least 1", d.Message);
        }

        [Theory]
        [InlineData("a\\ud800", "a\\uD800", "U+D800 (a lone surrogate)")]
        [InlineData("\\udc00b", "\\uDC00b", "U+DC00 (a lone surrogate)")]
        [InlineData("a\\u0007b", "a\\u0007b", "U+0007 (a control character)")]
        [InlineData("zeile\\neins", "zeile\\u000Aeins", "U+000A (a control character)")]
        [InlineData("x\\uffff", "x\\uFFFF", "U+FFFF (a noncharacter)")]
        public void CodeWithACharacterNotEveryOutputCanCarryIsRefused(string jsonCode, string quoted, string what)
        {
            var d = new FormTestCase()
                .File("codelists/farbe.codelist.json", "{ \"id\": \"farbe\", \"values\": [ { \"code\": \"rot\", \"label\": \"Rot\" }, { \"code\": \"" + jsonCode + "\", \"label\": \"X\" } ] }")
                .ExpectOnlyDiagnostic("FF0120", 1, 75);
            Assert.StartsWith($"The code '{quoted}' holds {what}; ", d.Message);
        }

        [Fact]
        public void CodesWithLettersOfAnyScriptAndPairedSurrogatesAreKept() =>
            Assert.Empty(new FormTestCase()
                .File("codelists/farbe.codelist.json", "{ \"id\": \"farbe\", \"values\": [ { \"code\": \"größe-\\ud83d\\ude00-ü\", \"label\": \"X\" } ] }")
                .Diagnostics());

        [Fact]
        public void CodeListedTwiceIsDuplicateAtTheSecondCode()
        {
            var d = new FormTestCase()
                .File("codelists/farbe.codelist.json", """
                    {
                      "id": "farbe",
                      "values": [
                        { "code": "rot", "label": "Rot" },
                        { "code": "rot", "label": "Rot (dunkel)" }
                      ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0305", 5, 15);
            Assert.Equal("The code 'rot' appears more than once in code list 'farbe'.", d.Message);
        }

        [Fact]
        public void ComparisonWithACodeTheListLacksIsReportedAtTheCode()
        {
            var d = new FormTestCase().FormLines("""
                    { "id": "farbe", "type": "choice", "codeList": "farbe", "label": "Farbe" },
                    { "id": "zusatz", "type": "text", "label": "Zusatz",
                      "visibleWhen": "farbe == 'gruen'" }
                """)
                .CodeList("farbe", "rot", "blau")
                .ExpectOnlyDiagnostic("FF0306", 6, 32);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Contains("codes are: rot, blau", d.Message);
        }

        [Fact]
        public void ContainsWithACodeTheListLacksIsReportedAtTheCode()
        {
            new FormTestCase().FormLines("""
                    { "id": "farben", "type": "multiChoice", "codeList": "farbe", "label": "Farben" },
                    { "id": "zusatz", "type": "text", "label": "Zusatz",
                      "visibleWhen": "contains(farben, 'gruen')" }
                """)
                .CodeList("farbe", "rot", "blau")
                .ExpectOnlyDiagnostic("FF0306", 6, 40);
        }

        [Fact]
        public void RequirementOfAFieldThatIsNeverShownIsReportedAtRequiredWhen()
        {
            var d = new FormTestCase().FormLines("""
                    { "id": "name", "type": "text", "label": "Name", "visibleWhen": "false",
                      "requiredWhen": "true" }
                """)
                .ExpectOnlyDiagnostic("FF0307", 5, 23);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Contains("its visibleWhen 'false' is never true", d.Message);
        }

        [Fact]
        public void RequirementInsideAGroupThatIsNeverShownNamesTheGroup()
        {
            var d = new FormTestCase().FormLines("""
                    { "id": "gruppe", "type": "group", "label": "Gruppe", "visibleWhen": "1 > 2", "fields": [
                      { "id": "name", "type": "text", "label": "Name",
                        "requiredWhen": "true" }
                    ] }
                """)
                .ExpectOnlyDiagnostic("FF0307", 6, 25);
            Assert.Contains("the visibleWhen of 'gruppe' is never true", d.Message);
        }

        [Fact]
        public void CodeListWithoutValuesIsReportedAtTheEmptyArray()
        {
            new FormTestCase()
                .File("codelists/farbe.codelist.json", """
                    {
                      "id": "farbe",
                      "values": []
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0308", 3, 13);
        }

        [Fact]
        public void MessageForACheckTheTypeLacksIsReportedAtItsKey()
        {
            var d = new FormTestCase().FormLines("""
                    { "id": "anzahl", "type": "integer", "label": "Anzahl",
                      "messages": { "pattern": "Nur Ziffern" } }
                """)
                .ExpectOnlyDiagnostic("FF0309", 5, 21);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Contains("checks are: required, format, min, max", d.Message);
        }

        [Fact]
        public void DefaultOutsideTheCodeListIsInvalidAtTheDefault()
        {
            var d = new FormTestCase().FormLines("""
                    { "id": "farbe", "type": "choice", "codeList": "farbe", "label": "Farbe",
                      "default": "gruen" }
                """)
                .CodeList("farbe", "rot", "blau")
                .ExpectOnlyDiagnostic("FF0310", 5, 18);
            Assert.Equal("The default 'gruen' is not a code of 'farbe'.", d.Message);
        }

        [Fact]
        public void FractionAsDefaultOfAnIntegerIsInvalid()
        {
            new FormTestCase().FormLines("""
                    { "id": "anzahl", "type": "integer", "label": "Anzahl",
                      "default": 1.5 }
                """)
                .ExpectOnlyDiagnostic("FF0310", 5, 18);
        }
    }
}
