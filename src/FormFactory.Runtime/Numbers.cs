using System.Globalization;

namespace FormFactory.Runtime
{
    /// <summary>Numbers as submissions carry them: read from JSON number text, written without trailing zeros.</summary>
    public static class Numbers
    {
        // Dividing by one with 28 zeros after the point drops trailing zeros without changing the value.
        private const decimal One = 1.0000000000000000000000000000m;

        /// <summary>Reads the raw text of a JSON number (<c>12</c>, <c>-3.50</c>, <c>1e3</c>); false when a decimal cannot hold it.</summary>
        public static bool TryParse(string jsonNumber, out decimal value) =>
            decimal.TryParse(jsonNumber, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

        /// <summary>True for a whole number within the range of a 64-bit signed integer (<c>3.0</c> counts as 3).</summary>
        public static bool IsInt64(decimal value) => value == decimal.Truncate(value) && value >= long.MinValue && value <= long.MaxValue;

        /// <summary>Digits after the point once trailing zeros are gone (1.50 → 1).</summary>
        public static int Scale(decimal value) => DecimalParts.Of(value / One).Scale;

        /// <summary>The same value without trailing zeros (1.50 → 1.5): what a number reads as after <see cref="Format"/> and <see cref="TryParse"/>.</summary>
        public static decimal Normalize(decimal value) => value / One;

        /// <summary>Invariant text without trailing zeros, as kept submissions and messages show numbers.</summary>
        public static string Format(decimal value) => (value / One).ToString(CultureInfo.InvariantCulture);
    }
}
