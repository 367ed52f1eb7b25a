using System;
using System.Collections.Generic;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Tests.Support;
using static FormFactory.Definitions.Tests.Support.ExpressionHarness;

namespace FormFactory.Definitions.Tests.Expressions
{
    /// <summary>The evaluation semantics of the contract ("Evaluation semantics"), one rule at a time.</summary>
    public class InterpreterTests
    {
        private static DateTime D(string s) => DateTime.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        private static void True(string expression, params (string, object?)[] values) =>
            Assert.True(Evaluate(expression, values) is true, $"'{expression}' should be true");

        private static void False(string expression, params (string, object?)[] values) =>
            Assert.True(Evaluate(expression, values) is false, $"'{expression}' should be false, was {Evaluate(expression, values) ?? "null"}");

        private static void Number(string expected, string expression, params (string, object?)[] values)
        {
            var value = Evaluate(expression, values);
            var d = Assert.IsType<decimal>(value);
            Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), d);
        }

        // --- null ---

        [Theory]
        [InlineData("t == null")]
        [InlineData("null == t")]
        [InlineData("null == null")]
        [InlineData("datei == null")]
        [InlineData("hunde == null")]
        [InlineData("farben == null")]
        [InlineData("age(datum) == null")]
        [InlineData("n + 1 == null")]
        [InlineData("1 / 0 == null")]
        public void EqualsNullTestsForEmpty(string expression) => True(expression);

        [Theory]
        [InlineData("t != null")]
        [InlineData("null != null")]
        [InlineData("null != t")]
        public void NotEqualsNullIsFalseForEmpty(string expression) => False(expression);

        [Fact]
        public void EqualsNullIsFalseAndNotEqualsNullTrueForAValue()
        {
            False("t == null", ("t", "x"));
            True("t != null", ("t", "x"));
            True("null != n", ("n", 0m));
            True("ja != null", ("ja", false));
        }

        [Theory]
        [InlineData("n == 5")]
        [InlineData("n != 5")]
        [InlineData("5 != n")]
        [InlineData("n < 5")]
        [InlineData("n <= 5")]
        [InlineData("n > 5")]
        [InlineData("n >= 5")]
        [InlineData("t == 'x'")]
        [InlineData("t != 'x'")]
        [InlineData("t < 'x'")]
        [InlineData("farbe != 'rot'")]
        [InlineData("ja == false")]
        [InlineData("ja != true")]
        [InlineData("datum < today()")]
        [InlineData("datum != today()")]
        [InlineData("age(datum) < 18")]
        [InlineData("age(datum) >= 18")]
        [InlineData("n < null")]
        [InlineData("n >= null")]
        public void AnyOtherComparisonWithAnEmptyFieldIsFalse(string expression) => False(expression);

        [Theory]
        [InlineData("t == u")]
        [InlineData("t != u")]
        [InlineData("n != d")]
        public void ComparingTwoFieldsIsFalseWhileEitherIsEmpty(string expression)
        {
            False(expression);
            False(expression, ("t", "a"), ("n", 1m));
            False(expression, ("u", "a"), ("d", 1m));
        }

        [Fact]
        public void ComparingTwoFilledFieldsComparesTheirValues()
        {
            True("t == u", ("t", "a"), ("u", "a"));
            True("t != u", ("t", "a"), ("u", "b"));
            True("n != d", ("n", 1m), ("d", 2m));
        }

        [Fact]
        public void ArithmeticWithNullGivesNull()
        {
            Assert.Null(Evaluate("n + 1"));
            Assert.Null(Evaluate("1 - n"));
            Assert.Null(Evaluate("n * 2"));
            Assert.Null(Evaluate("n / 2"));
            Assert.Null(Evaluate("2 / n"));
            Assert.Null(Evaluate("-n"));
            Assert.Null(Evaluate("n + d", ("n", 1m)));
            Assert.Null(Evaluate("(n + 1) * 2"));
        }

        [Fact]
        public void NullIsFalseInABooleanContext()
        {
            False("ja && true");
            False("true && ja");
            False("ja || false");
            True("!ja");
            True("ja || true");
            // The probe's visibleWhen: a null condition hides the field.
            Assert.False(Interpreter.IsTrue(null));
        }

        [Fact]
        public void FunctionsOfNullHaveFixedValues()
        {
            Number("0", "len(t)");
            Number("0", "len(farben)");
            Number("0", "len(hunde)");
            Number("0", "len(null)");
            Number("0", "count(hunde)");
            Number("0", "count(null)");
            True("isEmpty(null)");
            True("isEmpty(t)");
            True("isEmpty(datei)");
            True("isEmpty(gruppe)");
            Assert.Null(Evaluate("age(datum)"));
            Assert.Null(Evaluate("age(null)"));
            False("contains(farben, 'rot')");
            False("contains(farben, t)", ("farben", new List<string> { "rot" }));
            False("contains(null, 'rot')");
        }

        // --- numbers ---

        [Theory]
        [InlineData("3", "1 + 2")]
        [InlineData("7", "1 + 2 * 3")]
        [InlineData("9", "(1 + 2) * 3")]
        [InlineData("2", "8 - 4 - 2")]
        [InlineData("1", "8 / 4 / 2")]
        [InlineData("-3", "-3")]
        [InlineData("3", "- -3")]
        [InlineData("0.3", "0.1 + 0.2")]
        [InlineData("1.21", "1.1 * 1.1")]
        [InlineData("0.0000000001", "0.1 * 0.000000001")]
        [InlineData("2.5", "10 / 4")]
        [InlineData("0.125", "1 / 8")]
        [InlineData("0.3333333333", "1 / 3")]
        [InlineData("0.6666666667", "2 / 3")]
        [InlineData("-0.6666666667", "-2 / 3")]
        [InlineData("-0.6666666667", "2 / -3")]
        [InlineData("3.3333333333", "10 / 3")]
        [InlineData("0.1428571429", "1 / 7")]
        [InlineData("0.0000000001", "0.00000000005 / 1")]
        [InlineData("-0.0000000001", "-0.00000000005 / 1")]
        [InlineData("0.0000000003", "0.00000000025 / 1")]
        [InlineData("0.0000000002", "0.00000000015 / 1")]
        [InlineData("0", "0.00000000004 / 1")]
        [InlineData("12345678901234567.5", "24691357802469135 / 2")]
        public void NumbersAreExactDecimalsAndDivisionRoundsHalfAwayFromZeroToTenPlaces(string expected, string expression) =>
            Number(expected, expression);

        [Fact]
        public void DecimalArithmeticIsExactWhereBinaryFloatingPointIsNot()
        {
            True("0.1 + 0.2 == 0.3");
            True("1.1 * 3 == 3.3");
            True("d * 3 == 0.9", ("d", 0.3m));
            True("geld - 0.01 == 12.49", ("geld", 12.50m));
            True("1 / 3 * 3 == 0.9999999999");
        }

        [Fact]
        public void DivisionResultsHaveAtMostTenDecimalPlaces()
        {
            var value = Assert.IsType<decimal>(Evaluate("2 / 3"));
            Assert.Equal(10, (decimal.GetBits(value)[3] >> 16) & 0xFF);
        }

        [Theory]
        [InlineData("1 / 0")]
        [InlineData("0 / 0")]
        [InlineData("n / 0")]
        [InlineData("1 / (2 - 2)")]
        [InlineData("1 / 0.0")]
        public void DivisionByZeroIsNull(string expression) => Assert.Null(Evaluate(expression, ("n", 5m)));

        [Theory]
        [InlineData("79228162514264337593543950335 + 1")]
        [InlineData("79228162514264337593543950335 * 2")]
        [InlineData("-79228162514264337593543950335 - 1")]
        [InlineData("79228162514264337593543950335 / 0.1")]
        public void ResultsOutsideTheDecimalRangeAreNull(string expression) => Assert.Null(Evaluate(expression));

        [Fact]
        public void NumbersCompareByValueNotByScale()
        {
            True("1.0 == 1");
            True("geld == 12.5", ("geld", 12.50m));
            True("n == 3", ("n", 3m));
            True("d > 2.99", ("d", 3m));
            False("d != 3.000", ("d", 3m));
        }

        // --- strings ---

        [Theory]
        [InlineData("'a' < 'b'")]
        [InlineData("'B' < 'a'")]
        [InlineData("'Z' < 'a'")]
        [InlineData("'abc' < 'abd'")]
        [InlineData("'ab' < 'abc'")]
        [InlineData("'10' < '9'")]
        [InlineData("'z' < 'ä'")]
        [InlineData("'' < 'a'")]
        [InlineData("'a' != 'A'")]
        [InlineData("'straße' != 'strasse'")]
        [InlineData("'ä' == 'ä'")]
        [InlineData("'09:30' < '10:00'")]
        public void StringsCompareOrdinallyAndCaseSensitively(string expression) => True(expression);

        [Fact]
        public void ChoiceValuesCompareAsTheirCodes()
        {
            True("farbe == 'rot'", ("farbe", "rot"));
            False("farbe == 'Rot'", ("farbe", "rot"));
            True("farbe != 'blau'", ("farbe", "rot"));
        }

        // --- dates ---

        [Theory]
        [InlineData("date('2026-01-02') > date('2026-01-01')")]
        [InlineData("date('2025-12-31') < date('2026-01-01')")]
        [InlineData("date('2026-02-28') < date('2026-03-01')")]
        [InlineData("date('1999-12-31') < date('2000-01-01')")]
        [InlineData("date('2026-06-15') == today()")]
        [InlineData("date('2026-06-15') <= today()")]
        [InlineData("date('2026-06-15') >= today()")]
        [InlineData("date('2026-06-16') > today()")]
        public void DatesCompareChronologically(string expression) => True(expression);

        [Fact]
        public void DateFieldsCompareWithBounds()
        {
            True("datum < today()", ("datum", D("2026-06-14")));
            False("datum < today()", ("datum", D("2026-06-15")));
            True("datum == date('2026-01-01')", ("datum", D("2026-01-01")));
        }

        [Fact]
        public void TodayComesFromTheContext()
        {
            var context = new FakeContext { Today = new DateTime(2030, 1, 31) };
            Assert.Equal(new DateTime(2030, 1, 31), Evaluate("today()", context));
            Assert.Equal(true, Evaluate("today() == date('2030-01-31')", context));
        }

        [Theory]
        [InlineData("2008-06-15", "2026-06-15", 18)]
        [InlineData("2008-06-16", "2026-06-15", 17)]
        [InlineData("2008-06-14", "2026-06-15", 18)]
        [InlineData("2008-07-01", "2026-06-15", 17)]
        [InlineData("2026-06-15", "2026-06-15", 0)]
        [InlineData("1926-06-15", "2026-06-15", 100)]
        [InlineData("2000-12-31", "2001-12-30", 0)]
        [InlineData("2000-12-31", "2001-12-31", 1)]
        [InlineData("2000-01-01", "2000-12-31", 0)]
        // Born on 29 February: in a common year the birthday has not come on 28 February, only on 1 March.
        [InlineData("2008-02-29", "2026-02-28", 17)]
        [InlineData("2008-02-29", "2026-03-01", 18)]
        [InlineData("2008-02-29", "2028-02-28", 19)]
        [InlineData("2008-02-29", "2028-02-29", 20)]
        [InlineData("2008-02-29", "2009-02-28", 0)]
        [InlineData("2008-02-29", "2009-03-01", 1)]
        // Today on 29 February.
        [InlineData("2000-03-01", "2028-02-29", 27)]
        [InlineData("2000-02-28", "2028-02-29", 28)]
        public void AgeCountsFullYearsUpToToday(string birth, string today, int years)
        {
            var context = new FakeContext(("datum", D(birth))) { Today = D(today) };
            Assert.Equal((decimal)years, Evaluate("age(datum)", context));
        }

        // --- functions ---

        [Fact]
        public void LenCountsCodePointsOfTextAndEntriesOfLists()
        {
            Number("4", "len(t)", ("t", "Hund"));
            Number("3", "len(t)", ("t", "äöü"));
            Number("1", "len(t)", ("t", "😀"));
            Number("5", "len(t)", ("t", "👍🏽 ok"));
            Number("2", "len(farben)", ("farben", new List<string> { "rot", "blau" }));
            Number("3", "len(hunde)", ("hunde", Entries(3)));
            Number("5", "len('Hallo')");
        }

        [Fact]
        public void IsEmptyIsTrueOnlyForNull()
        {
            False("isEmpty(t)", ("t", "x"));
            False("isEmpty(n)", ("n", 0m));
            False("isEmpty(ja)", ("ja", false));
            False("isEmpty(farben)", ("farben", new List<string> { "rot" }));
            False("isEmpty(hunde)", ("hunde", Entries(1)));
            True("isEmpty(t)");
        }

        [Fact]
        public void ContainsLooksForTheExactCode()
        {
            var farben = ("farben", (object?)new List<string> { "rot", "blau" });
            True("contains(farben, 'rot')", farben);
            True("contains(farben, 'blau')", farben);
            False("contains(farben, 'gruen')", farben);
            False("contains(farben, 'Rot')", farben);
            True("contains(farben, t)", farben, ("t", "blau"));
        }

        [Fact]
        public void CountGivesTheNumberOfEntries()
        {
            Number("3", "count(hunde)", ("hunde", Entries(3)));
            Number("1", "count(hunde)", ("hunde", Entries(1)));
            True("count(hunde) >= 2", ("hunde", Entries(2)));
        }

        [Fact]
        public void SumAddsTheItemValueOfEveryEntrySkippingEmptyOnes()
        {
            var hunde = ("hunde", (object?)Entries(3));
            Number("3.75", "sum(hunde, item.gewicht)", hunde, ("hunde[].gewicht", new object?[] { 1.5m, null, 2.25m }));
            Number("7.5", "sum(hunde, item.gewicht * 2)", hunde, ("hunde[].gewicht", new object?[] { 1.5m, null, 2.25m }));
            Number("0.3", "sum(hunde, item.gewicht)", hunde, ("hunde[].gewicht", new object?[] { 0.1m, 0.1m, 0.1m }));
            Number("0", "sum(hunde, item.gewicht)", hunde);
            Number("0", "sum(hunde, item.gewicht)");
        }

        [Fact]
        public void SumThatLeavesTheDecimalRangeIsNull()
        {
            var max = 79228162514264337593543950335m;
            Assert.Null(Evaluate("sum(hunde, item.gewicht)", ("hunde", Entries(2)), ("hunde[].gewicht", new object?[] { max, max })));
        }

        // --- evaluation order ---

        [Fact]
        public void AndStopsAtTheFirstFalseOperand()
        {
            var context = new FakeContext(("ja", false), ("t", "x"));
            Assert.Equal(false, Evaluate("ja && t == 'x'", context));
            Assert.Equal(new[] { "ja" }, context.Reads);

            context = new FakeContext(("t", "x"));
            Assert.Equal(false, Evaluate("ja && t == 'x'", context));
            Assert.Equal(new[] { "ja" }, context.Reads);

            context = new FakeContext(("t", "x"));
            Assert.Equal(false, Evaluate("false && t == 'x'", context));
            Assert.Empty(context.Reads);
        }

        [Fact]
        public void OrStopsAtTheFirstTrueOperand()
        {
            var context = new FakeContext(("ja", true));
            Assert.Equal(true, Evaluate("ja || t == 'x'", context));
            Assert.Equal(new[] { "ja" }, context.Reads);

            context = new FakeContext();
            Assert.Equal(true, Evaluate("true || t == 'x'", context));
            Assert.Empty(context.Reads);
        }

        [Fact]
        public void OperandsAreEvaluatedLeftToRight()
        {
            var context = new FakeContext(("ja", true), ("t", "x"));
            Assert.Equal(false, Evaluate("ja && t == 'y' || u == 'z' && n > 1", context));
            Assert.Equal(new[] { "ja", "t", "u" }, context.Reads);
        }
    }
}
