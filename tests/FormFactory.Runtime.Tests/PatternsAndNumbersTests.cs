namespace FormFactory.Runtime.Tests
{
    /// <summary>Whole-value pattern matching with ECMAScript semantics, and numbers as submissions carry them.</summary>
    public class PatternsAndNumbersTests
    {
        [Theory]
        [InlineData("[0-9]{5}", "12345", true)]
        [InlineData("[0-9]{5}", "12345\n", false)]
        [InlineData("[0-9]{5}", "123456", false)]
        [InlineData("a|b", "b", true)]
        [InlineData("\\d+", "١٢٣", false)]
        public void PatternsMatchTheWholeValueAsBrowsersDo(string pattern, string value, bool matches)
        {
            Assert.Equal(matches, Patterns.Matches(pattern, value));
            Assert.Equal(matches, Patterns.IsMatch(Patterns.Compile(pattern), value));
        }

        [Theory]
        [InlineData("1.50", "1.5", 1)]
        [InlineData("3.0", "3", 0)]
        [InlineData("1e3", "1000", 0)]
        [InlineData("-0.010", "-0.01", 2)]
        public void NumbersLoseTrailingZeros(string json, string formatted, int scale)
        {
            Assert.True(Numbers.TryParse(json, out var d));
            Assert.Equal(formatted, Numbers.Format(d));
            Assert.Equal(scale, Numbers.Scale(d));
        }

        [Fact]
        public void WholeNumbersFitSixtyFourBits()
        {
            Assert.True(Numbers.IsInt64(3.0m));
            Assert.False(Numbers.IsInt64(3.5m));
            Assert.False(Numbers.IsInt64(9223372036854775808m));
        }
    }
}
