namespace FormFactory.Runtime.Tests
{
    /// <summary>Whole-value pattern matching with ECMAScript meanings in linear time, and numbers as submissions carry them.</summary>
    public class PatternsAndNumbersTests
    {
        [Theory]
        [InlineData("[0-9]{5}", "12345", true)]
        [InlineData("[0-9]{5}", "12345\n", false)]
        [InlineData("[0-9]{5}", "123456", false)]
        [InlineData("a|b", "b", true)]
        [InlineData("\\d+", "١٢٣", false)]
        [InlineData("[ab]*a[ab]{9}", "bbabbbbbbbbb", true)] // more than 256 deterministic states: the automaton is simulated
        [InlineData("[ab]*a[ab]{9}", "bbabbbbbbbbbb", false)]
        [InlineData("[ab]*a[ab]{9}", "abbbbbbbbbb", false)]
        public void PatternsMatchTheWholeValueAsBrowsersDo(string pattern, string value, bool matches)
        {
            Assert.Equal(matches, Patterns.Matches(pattern, value));
            Assert.Equal(matches, Patterns.IsMatch(Patterns.Compile(pattern), value));
        }

        [Theory]
        [InlineData("(a*)*b")]
        [InlineData("(a|a)*b")]
        [InlineData("(a+)+")]
        [InlineData("(?:a|aa)+c")]
        [InlineData("\\d*\\d*\\d*\\d*x")]
        [InlineData("(?:a|b)*a(?:a|b){12}")]
        public void PatternMatchingIsLinearInTheValueEvenForPatternsThatMakeBacktrackingExplode(string pattern)
        {
            // A backtracking engine takes 2^n (or n^4) steps on these; the program runs all its states at once.
            long StepsFor(int n)
            {
                WorkCounter.Reset();
                Patterns.Matches(pattern, new string(pattern.StartsWith("\\d", System.StringComparison.Ordinal) ? '1' : 'a', n) + "!");
                return WorkCounter.Steps;
            }
            long small = StepsFor(1000), large = StepsFor(4000);
            Assert.True(large <= 5 * small, $"{small} steps for 1000 characters, {large} for 4000: not linear");
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
