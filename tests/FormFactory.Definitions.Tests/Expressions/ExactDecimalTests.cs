using System;
using FormFactory.Runtime;

namespace FormFactory.Definitions.Tests.Expressions
{
    /// <summary>
    /// <see cref="ExactDecimal"/> computes small operands with <c>decimal</c> itself (allocation-free) and the rest
    /// through big integers. Both routes must give the same value with the same representation (no trailing zeros),
    /// including at the edges of the small route: coefficients just below and above its limits, scales far apart,
    /// ties in division, signs and zero.
    /// </summary>
    public class ExactDecimalTests
    {
        [Fact]
        public void TheDecimalRouteGivesWhatTheBigIntegerRouteGives()
        {
            var random = new Random(20261123);
            for (int i = 0; i < 200_000; i++)
            {
                decimal a = Next(random), b = Next(random);
                Same(ExactDecimal.AddExact(a, b), ExactDecimal.Add(a, b), "+", a, b);
                Same(ExactDecimal.MultiplyExact(a, b), ExactDecimal.Multiply(a, b), "*", a, b);
                Same(ExactDecimal.DivideExact(a, b), ExactDecimal.Divide(a, b), "/", a, b);
            }
        }

        [Theory]
        [InlineData("1", "3", "0.3333333333")]
        [InlineData("2", "3", "0.6666666667")]
        [InlineData("-2", "3", "-0.6666666667")]
        [InlineData("0.00000000005", "1", "0.0000000001")]
        [InlineData("-0.00000000005", "1", "-0.0000000001")]
        [InlineData("0.00000000004", "1", "0")]
        [InlineData("10.50", "2.1", "5")]
        public void DivisionRoundsHalfAwayFromZeroToTenPlaces(string a, string b, string expected) =>
            Assert.Equal(expected, Numbers.Format(ExactDecimal.Divide(decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(b, System.Globalization.CultureInfo.InvariantCulture))!.Value));

        private static void Same(decimal? expected, decimal? actual, string op, decimal a, decimal b)
        {
            // Equal values and equal text: the representation (scale) must match too.
            bool same = expected == actual && (expected == null || Numbers.Format(expected.Value) == actual!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(same, $"{a} {op} {b}: expected {expected?.ToString() ?? "null"}, got {actual?.ToString() ?? "null"}");
        }

        // Coefficients of every size (near 2^32, 2^48, 2^64, 2^96) and scales 0 to 28, with either sign.
        private static decimal Next(Random random)
        {
            int bits = random.Next(6) switch { 0 => random.Next(1, 8), 1 => random.Next(28, 36), 2 => random.Next(44, 52), 3 => random.Next(60, 68), 4 => random.Next(90, 97), _ => random.Next(1, 97) };
            var bytes = new byte[12];
            random.NextBytes(bytes);
            var coefficient = new System.Numerics.BigInteger(bytes, isUnsigned: true) & ((System.Numerics.BigInteger.One << bits) - 1);
            if (random.Next(8) == 0) coefficient = 0;
            int lo = (int)(uint)(coefficient & uint.MaxValue), mid = (int)(uint)((coefficient >> 32) & uint.MaxValue), hi = (int)(uint)((coefficient >> 64) & uint.MaxValue);
            byte scale = (byte)(random.Next(3) == 0 ? random.Next(0, 29) : random.Next(0, 6));
            return new decimal(lo, mid, hi, random.Next(2) == 0, scale);
        }
    }
}
