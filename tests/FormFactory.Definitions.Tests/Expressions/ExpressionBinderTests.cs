using System.Linq;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Expressions
{
    public class ExpressionBinderTests
    {
        [Theory]
        [InlineData("t", ExpressionType.Text)]
        [InlineData("farbe", ExpressionType.Text)]
        [InlineData("n", ExpressionType.Number)]
        [InlineData("d", ExpressionType.Number)]
        [InlineData("geld", ExpressionType.Number)]
        [InlineData("datum", ExpressionType.Date)]
        [InlineData("ja", ExpressionType.Boolean)]
        [InlineData("farben", ExpressionType.CodeSet)]
        [InlineData("hunde", ExpressionType.ItemList)]
        [InlineData("gruppe", ExpressionType.Group)]
        [InlineData("gruppe.x", ExpressionType.Text)]
        [InlineData("datei", ExpressionType.File)]
        [InlineData("'text'", ExpressionType.Text)]
        [InlineData("42", ExpressionType.Number)]
        [InlineData("3.5", ExpressionType.Number)]
        [InlineData("true", ExpressionType.Boolean)]
        [InlineData("null", ExpressionType.Null)]
        [InlineData("date('2026-01-01')", ExpressionType.Date)]
        [InlineData("today()", ExpressionType.Date)]
        [InlineData("age(datum)", ExpressionType.Number)]
        [InlineData("len(t)", ExpressionType.Number)]
        [InlineData("len(farben)", ExpressionType.Number)]
        [InlineData("len(hunde)", ExpressionType.Number)]
        [InlineData("isEmpty(datei)", ExpressionType.Boolean)]
        [InlineData("contains(farben, 'rot')", ExpressionType.Boolean)]
        [InlineData("count(hunde)", ExpressionType.Number)]
        [InlineData("sum(hunde, item.gewicht)", ExpressionType.Number)]
        [InlineData("sum(hunde, item.gewicht * 2)", ExpressionType.Number)]
        [InlineData("n + d * geld", ExpressionType.Number)]
        [InlineData("-n", ExpressionType.Number)]
        [InlineData("!ja", ExpressionType.Boolean)]
        [InlineData("n > 1 && t != 'x'", ExpressionType.Boolean)]
        [InlineData("datum < today()", ExpressionType.Boolean)]
        [InlineData("t < 'b'", ExpressionType.Boolean)]
        public void ExpressionsGetTheirStaticType(string expression, ExpressionType expected) =>
            Assert.Equal(expected, ExpressionHarness.Bind(expression).Type);

        [Fact]
        public void DateCallsBecomeLiterals()
        {
            var literal = Assert.IsType<BoundLiteral>(ExpressionHarness.Bind("date('2026-01-01')"));
            Assert.Equal((ExpressionType.Date, "2026-01-01"), (literal.Type, literal.Value));
        }

        [Fact]
        public void FieldReferencesKnowTheirPathAndCodeList()
        {
            var choice = Assert.IsType<BoundFieldReference>(ExpressionHarness.Bind("farbe"));
            Assert.Equal(("farbe", "farben"), (choice.ModelPath, choice.CodeListId));
            var nested = Assert.IsType<BoundFieldReference>(ExpressionHarness.Bind("gruppe.x"));
            Assert.Equal("gruppe.x", nested.ModelPath);
            var sum = Assert.IsType<BoundCall>(ExpressionHarness.Bind("sum(hunde, item.gewicht)"));
            Assert.Equal("hunde[].gewicht", Assert.IsType<BoundFieldReference>(sum.Arguments[1]).ModelPath);
        }

        [Theory]
        [InlineData("t == null")]
        [InlineData("null == t")]
        [InlineData("null == null")]
        [InlineData("datei != null")]
        [InlineData("gruppe == null")]
        [InlineData("hunde == null")]
        [InlineData("farben != null")]
        [InlineData("n < null")]
        [InlineData("count(null) == 0")]
        [InlineData("len(null) == 0")]
        [InlineData("isEmpty(null)")]
        [InlineData("age(null) == null")]
        [InlineData("farbe == 'rot'")]
        [InlineData("datum == date('2026-01-01')")]
        [InlineData("ja == false")]
        public void NullFitsWhereverAValueFits(string expression)
        {
            var errors = ExpressionHarness.Diagnostics(expression).Where(d => d.IsError).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }

        [Theory]
        [InlineData("t + 1 == 2", "FF0403", "arithmetic needs numbers")]
        [InlineData("n + ja == 2", "FF0403", "arithmetic needs numbers")]
        [InlineData("datum - 1 == datum", "FF0403", "arithmetic needs numbers")]
        [InlineData("t == 1", "FF0403", "cannot combine a text and a number")]
        [InlineData("datum == '2026-01-01'", "FF0403", "cannot combine a date and a text")]
        [InlineData("ja < true", "FF0403", "order comparisons need two numbers, two dates or two texts")]
        [InlineData("n < datum", "FF0403", "order comparisons")]
        [InlineData("farben == 'rot'", "FF0403", "can only be compared with null")]
        [InlineData("gruppe == gruppe", "FF0403", "can only be compared with null")]
        [InlineData("datei == datei", "FF0403", "can only be compared with null")]
        [InlineData("!t", "FF0403", "'!' needs a boolean")]
        [InlineData("-t == 1", "FF0403", "'-' needs a number")]
        [InlineData("ja && t", "FF0403", "needs booleans")]
        [InlineData("n || ja", "FF0403", "needs booleans")]
        [InlineData("age(t) > 1", "FF0403", "age(...) needs a date")]
        [InlineData("len(n) > 1", "FF0403", "len(...) needs a text or a list")]
        [InlineData("count(gruppe) > 0", "FF0403", "count(...) needs a repeated group")]
        [InlineData("contains(farbe, 'rot')", "FF0403", "needs a multiChoice field first")]
        [InlineData("contains(farben, 1)", "FF0403", "needs a code (text) second")]
        [InlineData("sum(hunde, item.name) > 0", "FF0403", "adds numbers")]
        [InlineData("sum(gruppe, 1) > 0", "FF0403", "needs a repeated group first")]
        [InlineData("date(t) == datum", "FF0403", "takes a text literal")]
        [InlineData("item == null", "FF0406", "")]
        [InlineData("n > 999999999999999999999999999999", "FF0403", "too large")]
        [InlineData("unbekannt == 1", "FF0402", "No field 'unbekannt'")]
        [InlineData("T == 'x'", "FF0402", "did you mean 't'")]
        [InlineData("gruppe.y == 'x'", "FF0402", "No field 'gruppe.y'")]
        [InlineData("t.x == 'x'", "FF0402", "'t' has no fields")]
        [InlineData("info == null", "FF0402", "info text")]
        [InlineData("hunde.name == 'x'", "FF0410", "count(hunde)")]
        [InlineData("item.name == 'x'", "FF0406", "")]
        [InlineData("frob(t)", "FF0404", "Unknown function 'frob'")]
        [InlineData("today(1) == datum", "FF0405", "'today' takes no arguments, not 1")]
        [InlineData("age() > 1", "FF0405", "'age' takes one argument, not 0")]
        [InlineData("contains(farben)", "FF0405", "'contains' takes two arguments")]
        [InlineData("sum(hunde) > 1", "FF0405", "'sum' takes two arguments")]
        [InlineData("date('2026-01-01', 1) == datum", "FF0405", "'date' takes one text")]
        [InlineData("date('2026-02-30') == datum", "FF0408", "'2026-02-30' is not a date")]
        [InlineData("date('1.1.2026') == datum", "FF0408", "")]
        [InlineData("n + 1", "FF0409", "'visibleWhen' must be a boolean (true/false), but this expression is a number")]
        [InlineData("t", "FF0409", "is a text")]
        [InlineData("t ==", "FF0401", "ends where a value is expected")]
        public void MistakesAreReportedWithTheirCode(string expression, string id, string fragment)
        {
            var diagnostics = ExpressionHarness.Diagnostics(expression);
            var match = diagnostics.Where(d => d.Id == id).ToList();
            Assert.True(match.Count == 1, $"Expected one {id} for '{expression}', got:\n" + string.Join("\n", diagnostics));
            Assert.Contains(fragment, match[0].Message);
            Assert.True(match[0].IsError);
        }

        [Theory]
        [InlineData("unbekannt == 1", 0, 9)]
        [InlineData("n > 1 && gruppe.y == 'x'", 16, 1)]
        [InlineData("t == 1", 0, 6)]
        [InlineData("n > 0 && (t + 1 == 2)", 10, 5)]
        [InlineData("frob(t)", 0, 4)]
        [InlineData("n == 1 && t ==", 14, 0)]
        [InlineData("n == 1 && (t == 'a'", 19, 0)]
        [InlineData("hunde.name == 'x'", 0, 10)]
        [InlineData("datum > date('2026-13-01')", 13, 12)]
        public void ErrorsPointIntoTheExpressionString(string expression, int offset, int length)
        {
            var (line, column) = ExpressionHarness.ExpressionStart();
            var error = ExpressionHarness.Diagnostics(expression).Single(d => d.IsError);
            Assert.Equal((line, column + offset, length), (error.Location.Line, error.Location.Column, error.Location.Length));
        }

        [Theory]
        [InlineData("farbe == 'lila'")]
        [InlineData("'lila' != farbe")]
        [InlineData("contains(farben, 'lila')")]
        public void ComparingWithACodeTheListLacksIsAWarning(string expression)
        {
            var diagnostics = ExpressionHarness.Diagnostics(expression);
            var warning = Assert.Single(diagnostics);
            Assert.Equal("FF0306", warning.Id);
            Assert.False(warning.IsError);
            Assert.Contains("rot, gruen, blau", warning.Message);
        }

        [Fact]
        public void ItemInsideARepeatedGroupMeansTheCurrentEntry()
        {
            var form = new FormTestCase().Form("test", @"[
              { ""id"": ""hunde"", ""type"": ""group"", ""label"": ""Hunde"", ""repeat"": { ""max"": 3 }, ""fields"": [
                { ""id"": ""rasse"", ""type"": ""text"", ""label"": ""Rasse"" },
                { ""id"": ""sonstige"", ""type"": ""text"", ""label"": ""Sonstige"", ""visibleWhen"": ""item.rasse == 'sonstige'"" } ] } ]").BoundForm();
            var field = form.AllFields.Single(f => f.Id == "sonstige");
            var comparison = Assert.IsType<BoundBinary>(field.VisibleWhen);
            var reference = Assert.IsType<BoundFieldReference>(comparison.Left);
            Assert.Equal("hunde[].rasse", reference.ModelPath);
        }

        [Fact]
        public void BlockExpressionsAreRelativeToTheInclusion()
        {
            var form = new FormTestCase()
                .Block("adresse", @"[ { ""id"": ""land"", ""type"": ""text"", ""label"": ""Land"" },
                                      { ""id"": ""plz"", ""type"": ""postcode"", ""label"": ""PLZ"", ""visibleWhen"": ""land == null"" } ]")
                .Form("test", @"[ { ""id"": ""wohnort"", ""block"": ""adresse"" } ]").BoundForm();
            var plz = form.AllFields.Single(f => f.Path == "wohnort.plz");
            var reference = Assert.IsType<BoundFieldReference>(Assert.IsType<BoundBinary>(plz.VisibleWhen).Left);
            Assert.Equal("wohnort.land", reference.ModelPath);
        }
    }
}
