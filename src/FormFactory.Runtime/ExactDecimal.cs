using System.Numerics;

namespace FormFactory.Runtime
{
    /// <summary>
    /// Arithmetic of the expression language, computed exactly and then checked against the range of C#
    /// <c>decimal</c> (at most 28 digits after the point, a 96-bit coefficient). A result outside that range is
    /// null rather than silently rounded, so the browser's BigInt implementation gives the very same answers.
    /// Division rounds half away from zero to <see cref="DivisionScale"/> places. Operands small enough that
    /// <c>decimal</c> itself is exact are computed with it (without allocating); the rest through big integers.
    /// </summary>
    public static class ExactDecimal
    {
        /// <summary>Digits after the point that a quotient keeps.</summary>
        public const int DivisionScale = 10;

        private const int MaxScale = 28;
        private static readonly BigInteger MaxCoefficient = (BigInteger.One << 96) - 1;

        // Coefficients below 2^64 with scales at most 9 apart add to below 2^95: decimal adds them exactly.
        private const ulong AddLimit = ulong.MaxValue;
        // Coefficients below 2^48 multiply to below 2^96: exact while the scales add up to 28 at most.
        private const ulong MultiplyLimit = 1UL << 48;
        // Coefficients below 2^32, scaled by at most 10^18, stay below 2^92.
        private const ulong DivideLimit = 1UL << 32;
        private static readonly decimal[] Powers = BuildPowers(18);
        private const decimal QuotientUnit = 0.0000000001m;

        /// <summary><paramref name="a"/> + <paramref name="b"/>, or null outside the range.</summary>
        public static decimal? Add(decimal a, decimal b)
        {
            DecimalParts pa = DecimalParts.Of(a), pb = DecimalParts.Of(b);
            if (pa.CoefficientBelow(AddLimit) && pb.CoefficientBelow(AddLimit) && System.Math.Abs(pa.Scale - pb.Scale) <= 9) return Normal(a + b);
            return AddExact(a, b);
        }

        /// <summary><paramref name="a"/> + <paramref name="b"/> through big integers (what <see cref="Add"/> means), or null outside the range.</summary>
        public static decimal? AddExact(decimal a, decimal b)
        {
            var (ma, sa) = Split(a);
            var (mb, sb) = Split(b);
            int s = sa > sb ? sa : sb;
            return Join(ma * Pow10(s - sa) + mb * Pow10(s - sb), s);
        }

        /// <summary><paramref name="a"/> − <paramref name="b"/>, or null outside the range.</summary>
        public static decimal? Subtract(decimal a, decimal b) => Add(a, -b);

        /// <summary><paramref name="a"/> × <paramref name="b"/>, or null outside the range.</summary>
        public static decimal? Multiply(decimal a, decimal b)
        {
            DecimalParts pa = DecimalParts.Of(a), pb = DecimalParts.Of(b);
            if (pa.CoefficientBelow(MultiplyLimit) && pb.CoefficientBelow(MultiplyLimit) && pa.Scale + pb.Scale <= MaxScale) return Normal(a * b);
            return MultiplyExact(a, b);
        }

        /// <summary><paramref name="a"/> × <paramref name="b"/> through big integers (what <see cref="Multiply"/> means), or null outside the range.</summary>
        public static decimal? MultiplyExact(decimal a, decimal b)
        {
            var (ma, sa) = Split(a);
            var (mb, sb) = Split(b);
            return Join(ma * mb, sa + sb);
        }

        /// <summary><paramref name="a"/> ÷ <paramref name="b"/> rounded half away from zero to 10 places; null for division by zero or outside the range.</summary>
        public static decimal? Divide(decimal a, decimal b)
        {
            if (b == 0m) return null;
            DecimalParts pa = DecimalParts.Of(a), pb = DecimalParts.Of(b);
            int shift = pb.Scale - pa.Scale + DivisionScale;
            if (pa.CoefficientBelow(DivideLimit) && pb.CoefficientBelow(DivideLimit) && shift >= -18 && shift <= 18)
            {
                // The same integer division as below, on whole decimals, which hold these coefficients exactly.
                decimal num = Whole(a, pa) * (shift >= 0 ? Powers[shift] : 1m);
                decimal den = Whole(b, pb) * (shift >= 0 ? 1m : Powers[-shift]);
                decimal rem = num % den;
                decimal q = (num - rem) / den;
                if (System.Math.Abs(rem) * 2 >= System.Math.Abs(den)) q += System.Math.Sign(num) * System.Math.Sign(den);
                return Normal(q * QuotientUnit);
            }
            return DivideExact(a, b);
        }

        /// <summary><paramref name="a"/> ÷ <paramref name="b"/> through big integers (what <see cref="Divide"/> means); null for division by zero or outside the range.</summary>
        public static decimal? DivideExact(decimal a, decimal b)
        {
            if (b == 0m) return null;
            var (ma, sa) = Split(a);
            var (mb, sb) = Split(b);
            int e = sb - sa + DivisionScale;
            BigInteger num = e >= 0 ? ma * Pow10(e) : ma;
            BigInteger den = e >= 0 ? mb : mb * Pow10(-e);
            var q = BigInteger.DivRem(num, den, out var rem);
            if (BigInteger.Abs(rem) * 2 >= BigInteger.Abs(den)) q += (num.Sign * den.Sign);
            return Join(q, DivisionScale);
        }

        /// <summary>The coefficient and scale of <paramref name="d"/>.</summary>
        public static (BigInteger Coefficient, int Scale) Split(decimal d)
        {
            int[] bits = decimal.GetBits(d);
            var m = (new BigInteger((uint)bits[2]) << 64) | (new BigInteger((uint)bits[1]) << 32) | new BigInteger((uint)bits[0]);
            if (bits[3] < 0) m = -m;
            return (m, (bits[3] >> 16) & 0xFF);
        }

        private static decimal? Join(BigInteger m, int scale)
        {
            while (scale > 0 && !m.IsZero && (m % 10).IsZero)
            {
                m /= 10;
                scale--;
            }
            if (m.IsZero) return 0m;
            if (scale > MaxScale || BigInteger.Abs(m) > MaxCoefficient) return null;
            var abs = BigInteger.Abs(m);
            int lo = (int)(uint)(abs & uint.MaxValue);
            int mid = (int)(uint)((abs >> 32) & uint.MaxValue);
            int hi = (int)(uint)((abs >> 64) & uint.MaxValue);
            return new decimal(lo, mid, hi, m.Sign < 0, (byte)scale);
        }

        private static BigInteger Pow10(int n) => BigInteger.Pow(10, n);

        // As Join gives it: no trailing zeros, and zero without sign or scale.
        private static decimal Normal(decimal value) => value == 0m ? 0m : Numbers.Normalize(value);

        // The coefficient as a whole number with the value's sign.
        private static decimal Whole(decimal value, DecimalParts parts) => new decimal((int)(uint)parts.Low, (int)(uint)(parts.Low >> 32), 0, value < 0m, 0);

        private static decimal[] BuildPowers(int max)
        {
            var powers = new decimal[max + 1];
            powers[0] = 1m;
            for (int i = 1; i <= max; i++) powers[i] = powers[i - 1] * 10m;
            return powers;
        }
    }
}
