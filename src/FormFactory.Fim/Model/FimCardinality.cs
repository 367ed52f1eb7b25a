using System.Globalization;

namespace FormFactory.Fim.Model
{
    /// <summary>How often a child occurs (<c>anzahl</c>, written <c>min:max</c> with <c>*</c> for no limit).</summary>
    /// <param name="Min">At least this many.</param>
    /// <param name="Max">At most this many; null for no limit.</param>
    public sealed record FimCardinality(int Min, int? Max)
    {
        /// <summary>Exactly once, the reading of a missing or broken <c>anzahl</c>.</summary>
        public static FimCardinality One { get; } = new FimCardinality(1, 1);

        /// <summary>True for <c>0:0</c>: the element must not occur (derived schemas exclude elements so).</summary>
        public bool IsExcluded => Max == 0;

        /// <summary>True when more than one occurrence is allowed.</summary>
        public bool IsRepeated => Max == null || Max > 1;

        /// <summary>Reads <c>0:1</c>, <c>1:*</c>, <c>2:5</c>, <c>0:0</c>; false for anything else.</summary>
        public static bool TryParse(string? text, out FimCardinality cardinality)
        {
            cardinality = One;
            if (text == null) return false;
            var parts = text.Trim().Split(':');
            if (parts.Length != 2) return false;
            if (!int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int min)) return false;
            string max = parts[1].Trim();
            if (max == "*")
            {
                cardinality = new FimCardinality(min, null);
                return true;
            }
            if (!int.TryParse(max, NumberStyles.None, CultureInfo.InvariantCulture, out int upper) || upper < min) return false;
            cardinality = new FimCardinality(min, upper);
            return true;
        }

        /// <inheritdoc />
        public override string ToString() => Min.ToString(CultureInfo.InvariantCulture) + ":" + (Max?.ToString(CultureInfo.InvariantCulture) ?? "*");
    }
}
