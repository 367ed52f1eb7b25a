using System.Numerics;

namespace FormFactory.Runtime
{
    /// <summary>
    /// Arithmetic of the expression language, computed exactly and then checked against the range of C#
    /// <c>decimal</c> (at most 28 digits after the point, a 96-bit coefficient). A result outside that range is
    /// null rather than silently rounded, so the browser's BigInt implementation gives the very same answers.
    /// Division rounds half away from zero to <see cref="DivisionScale"/> places.
    /// </summary>
    public static class ExactDecimal
    {
        /// <summary>Digits after the point that a quotient keeps.</summary>
        public const int DivisionScale = 10;

        private const int MaxScale = 28;
        private static readonly BigInteger MaxCoefficient = (BigInteger.One << 96) - 1;

        /// <summary><paramref name="a"/> + <paramref name="b"/>, or null outside the range.</summary>
        public static decimal? Add(decimal a, decimal b)
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
            var (ma, sa) = Split(a);
            var (mb, sb) = Split(b);
            return Join(ma * mb, sa + sb);
        }

        /// <summary><paramref name="a"/> ÷ <paramref name="b"/> rounded half away from zero to 10 places; null for division by zero or outside the range.</summary>
        public static decimal? Divide(decimal a, decimal b)
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
    }
}
