using FormFactory.Runtime;
using System;
using System.Collections.Generic;

namespace FormFactory.Runtime.Tests
{
    /// <summary>The null semantics of the expression language as printed C# uses them.</summary>
    public class EvaluationTests
    {
        [Fact]
        public void ComparisonsWithAnEmptyValueAreFalseEitherWay()
        {
            Assert.False(Evaluation.Equal((string?)null, "a"));
            Assert.False(Evaluation.NotEqual((string?)null, "a"));
            Assert.False(Evaluation.Less(null, 1m));
            Assert.False(Evaluation.GreaterOrEqual((DateTime?)null, DateTime.Today));
            Assert.True(Evaluation.IsNull((decimal?)null));
        }

        [Fact]
        public void NumbersCompareByValueNotByScale()
        {
            Assert.True(Evaluation.Equal(1.0m, 1m));
            Assert.False(Evaluation.NotEqual(1.50m, 1.5m));
        }

        [Fact]
        public void TextsCompareOrdinally()
        {
            Assert.True(Evaluation.Less("Z", "a"));
            Assert.False(Evaluation.Equal("a", "A"));
        }

        [Fact]
        public void ArithmeticWithAnEmptyValueOrOutOfRangeIsEmpty()
        {
            Assert.Null(Evaluation.Add(null, 1m));
            Assert.Null(Evaluation.Divide(1m, 0m));
            Assert.Null(Evaluation.Multiply(decimal.MaxValue, 2m));
            Assert.Equal(0.3333333333m, Evaluation.Divide(1m, 3m));
            Assert.Equal(0.6666666667m, Evaluation.Divide(2m, 3m));
        }

        [Fact]
        public void OnlyTrueIsTrue()
        {
            Assert.True(Evaluation.IsTrue(true));
            Assert.False(Evaluation.IsTrue(null));
        }

        [Theory]
        [InlineData("2008-02-29", "2026-02-28", 17)]
        [InlineData("2008-02-29", "2026-03-01", 18)]
        [InlineData("2000-06-15", "2026-06-15", 26)]
        public void AgeCountsBirthdaysThatHavePassed(string birth, string today, int years)
        {
            Assert.True(DateLiterals.TryParse(birth, out var b));
            Assert.True(DateLiterals.TryParse(today, out var t));
            Assert.Equal(years, Evaluation.Age(b, t));
            Assert.Null(Evaluation.Age(null, t));
        }

        [Fact]
        public void SumSkipsEmptyItemsAndCountsCodePoints()
        {
            var items = new List<decimal?> { 1.5m, null, 2m };
            Assert.Equal(3.5m, Evaluation.Sum(items, x => x));
            Assert.Equal(0m, Evaluation.Sum<decimal?>(null, x => x));
            Assert.Equal(2m, Evaluation.Length("a\U0001F600"));
            Assert.Equal(0m, Evaluation.Count<string>(null));
            Assert.True(Evaluation.Contains(new[] { "a", "b" }, "b"));
            Assert.False(Evaluation.Contains(null, "b"));
        }
    }
}
