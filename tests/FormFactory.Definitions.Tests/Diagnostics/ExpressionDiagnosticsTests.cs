using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Diagnostics
{
    /// <summary>
    /// FF04xx: expressions. Problems are reported at their place inside the JSON string: in
    /// <c>      "visibleWhen": "…"</c> the expression's first character is column 23.
    /// </summary>
    public class ExpressionDiagnosticsTests
    {
        [Fact]
        public void UnclosedTextIsASyntaxErrorAtItsQuote()
        {
            var d = new FormTestCase().FormLines("""
                    { "id": "name", "type": "text", "label": "Name",
                      "visibleWhen": "name == 'Max" }
                """)
                .ExpectOnlyDiagnostic("FF0401", 5, 31);
            Assert.Contains("not closed", d.Message);
        }

        [Fact]
        public void ExpressionEndingAfterAnOperatorIsASyntaxErrorAtItsEnd()
        {
            new FormTestCase().FormLines("""
                    { "id": "name", "type": "text", "label": "Name",
                      "visibleWhen": "name != " }
                """)
                .ExpectOnlyDiagnostic("FF0401", 5, 31);
        }

        [Fact]
        public void DoubleQuotedTextIsASyntaxErrorAtTheEscapedQuote()
        {
            var d = new FormTestCase().FormLines("""
                    { "id": "name", "type": "text", "label": "Name",
                      "visibleWhen": "name != \"Max\"" }
                """)
                .ExpectOnlyDiagnostic("FF0401", 5, 31);
            Assert.Contains("single quotes", d.Message);
        }

        [Fact]
        public void MisspeltFieldIsUnknownAtItsName()
        {
            var d = new FormTestCase().FormLines("""
                    { "id": "name", "type": "text", "label": "Name" },
                    { "id": "gruss", "type": "text", "label": "Gruß",
                      "visibleWhen": "Name != null" }
                """)
                .ExpectOnlyDiagnostic("FF0402", 6, 23);
            Assert.Equal("No field 'Name' exists here (did you mean 'name'?).", d.Message);
        }

        [Fact]
        public void FieldMissingFromABlockIsUnknownAtThatSegment()
        {
            var d = new FormTestCase()
                .Block("anschrift", """[ { "id": "ort", "type": "text", "label": "Ort" } ]""")
                .FormLines("""
                    { "id": "wohnort", "block": "anschrift" },
                    { "id": "zusatz", "type": "text", "label": "Zusatz",
                      "visibleWhen": "wohnort.plz != null" }
                """)
                .ExpectOnlyDiagnostic("FF0402", 6, 31);
            Assert.Contains("'wohnort.plz'", d.Message);
        }

        [Fact]
        public void UnknownFieldInARuleIsReportedInTheAssert()
        {
            new FormTestCase().FormLines("""
                    { "id": "geburtsdatum", "type": "date", "label": "Geburtsdatum" }
                """, """
                    { "id": "volljaehrig", "message": "Sie müssen volljährig sein.",
                      "assert": "age(geburtstag) >= 18" }
                """)
                .ExpectOnlyDiagnostic("FF0402", 8, 22);
        }

        [Fact]
        public void AddingTextAndNumberIsATypeMismatchAtTheOperation()
        {
            var d = new FormTestCase().FormLines("""
                    { "id": "name", "type": "text", "label": "Name" },
                    { "id": "gruss", "type": "text", "label": "Gruß",
                      "visibleWhen": "name + 1 > 2" }
                """)
                .ExpectOnlyDiagnostic("FF0403", 6, 23);
            Assert.Contains("'+' cannot combine a text and a number", d.Message);
        }

        [Fact]
        public void UnknownFunctionIsReportedAtItsName()
        {
            var d = new FormTestCase().FormLines("""
                    { "id": "name", "type": "text", "label": "Name" },
                    { "id": "gruss", "type": "text", "label": "Gruß",
                      "visibleWhen": "name != null && length(name) > 2" }
                """)
                .ExpectOnlyDiagnostic("FF0404", 6, 39);
            Assert.StartsWith("Unknown function 'length'", d.Message);
        }

        [Fact]
        public void FunctionWithTooFewArgumentsIsReportedAtTheCall()
        {
            var d = new FormTestCase().FormLines("""
                    { "id": "name", "type": "text", "label": "Name",
                      "visibleWhen": "age() >= 18" }
                """)
                .ExpectOnlyDiagnostic("FF0405", 5, 23);
            Assert.Equal("'age' takes one argument, not 0.", d.Message);
        }

        [Fact]
        public void ItemOutsideARepeatedGroupIsReportedAtItem()
        {
            new FormTestCase().FormLines("""
                    { "id": "name", "type": "text", "label": "Name",
                      "visibleWhen": "item.name != null" }
                """)
                .ExpectOnlyDiagnostic("FF0406", 5, 23);
        }

        [Fact]
        public void FieldsShowingEachOtherAreAVisibilityCycleAtTheFirstCondition()
        {
            var d = new FormTestCase().FormLines("""
                    { "id": "a", "type": "text", "label": "A",
                      "visibleWhen": "b != null" },
                    { "id": "b", "type": "text", "label": "B",
                      "visibleWhen": "a != null" }
                """)
                .ExpectOnlyDiagnostic("FF0407", 5, 22);
            Assert.Equal("Whether 'a' is visible depends on itself: a → b → a.", d.Message);
        }

        [Fact]
        public void FieldShownWhenItIsFilledIsAVisibilityCycle()
        {
            new FormTestCase().FormLines("""
                    { "id": "a", "type": "text", "label": "A",
                      "visibleWhen": "a != null" }
                """)
                .ExpectOnlyDiagnostic("FF0407", 5, 22);
        }

        [Fact]
        public void ImpossibleDateInDateCallIsReportedAtTheLiteral()
        {
            var d = new FormTestCase().FormLines("""
                    { "id": "beginn", "type": "date", "label": "Beginn",
                      "min": "date('2026-02-30')" }
                """)
                .ExpectOnlyDiagnostic("FF0408", 5, 20);
            Assert.Equal("'2026-02-30' is not a date in the form YYYY-MM-DD.", d.Message);
        }

        [Fact]
        public void ImpossiblePlainDateBoundIsReportedAtTheString()
        {
            new FormTestCase().FormLines("""
                    { "id": "beginn", "type": "date", "label": "Beginn",
                      "max": "2026-02-30" }
                """)
                .ExpectOnlyDiagnostic("FF0408", 5, 14);
        }

        [Fact]
        public void TextWhereABooleanBelongsIsWrongExpressionTypeAtTheString()
        {
            var d = new FormTestCase().FormLines("""
                    { "id": "name", "type": "text", "label": "Name" },
                    { "id": "gruss", "type": "text", "label": "Gruß",
                      "visibleWhen": "name" }
                """)
                .ExpectOnlyDiagnostic("FF0409", 6, 22);
            Assert.Equal("'visibleWhen' must be a boolean (true/false), but this expression is a text.", d.Message);
        }

        [Fact]
        public void NumberAsDateBoundIsWrongExpressionType()
        {
            new FormTestCase().FormLines("""
                    { "id": "beginn", "type": "date", "label": "Beginn",
                      "min": "1 + 1" }
                """)
                .ExpectOnlyDiagnostic("FF0409", 5, 14);
        }

        [Fact]
        public void FieldOfARepeatedGroupReadFromOutsideIsReportedAtThePath()
        {
            var d = new FormTestCase().FormLines("""
                    { "id": "hunde", "type": "group", "label": "Hunde", "repeat": { "max": 5 }, "fields": [
                      { "id": "name", "type": "text", "label": "Name" }
                    ] },
                    { "id": "hinweis", "type": "text", "label": "Hinweis",
                      "visibleWhen": "hunde.name == 'Bello'" }
                """)
                .ExpectOnlyDiagnostic("FF0410", 8, 23);
            Assert.Contains("count(hunde)", d.Message);
        }

        [Fact]
        public void ItemInsideARepeatedGroupAndSumOutsideAreFine()
        {
            new FormTestCase().FormLines("""
                    { "id": "hunde", "type": "group", "label": "Hunde", "repeat": { "max": 5 }, "fields": [
                      { "id": "gewicht", "type": "decimal", "label": "Gewicht" },
                      { "id": "maulkorb", "type": "boolean", "label": "Maulkorb", "visibleWhen": "item.gewicht > 20" }
                    ] }
                """, """
                    { "id": "schwer", "assert": "sum(hunde, item.gewicht) < 100", "message": "Zu schwer." }
                """)
                .BoundForm();
        }
    }
}
