using System;
using System.Collections.Generic;

namespace FormFactory.Fim.Mapping
{
    /// <summary>Hands out ids that are unique among siblings (or among files of a kind).</summary>
    internal sealed class NameScope
    {
        private readonly HashSet<string> _used;
        // The next number to try per wanted id: counting from 2 each time made n equal names quadratic.
        private readonly Dictionary<string, int> _nextNumber = new(StringComparer.Ordinal);

        public NameScope(IEnumerable<string>? reserved = null) => _used = new HashSet<string>(reserved ?? Array.Empty<string>(), StringComparer.Ordinal);

        /// <summary>
        /// <paramref name="wanted"/> if it is free; else with the FIM id appended (stable whatever else is imported);
        /// else with a number.
        /// </summary>
        public string Take(string wanted, string? fimId = null)
        {
            if (_used.Add(wanted)) return wanted;
            if (!string.IsNullOrEmpty(fimId))
            {
                string withFim = wanted + Capitalize(fimId!);
                if (_used.Add(withFim)) return withFim;
            }
            for (int n = _nextNumber.TryGetValue(wanted, out int next) ? next : 2; ; n++)
            {
                string numbered = wanted + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!_used.Add(numbered)) continue;
                _nextNumber[wanted] = n + 1;
                return numbered;
            }
        }

        private static string Capitalize(string fimId)
        {
            var chars = new System.Text.StringBuilder();
            foreach (char c in fimId) if (c < 128 && char.IsLetterOrDigit(c)) chars.Append(c);
            if (chars.Length > 0) chars[0] = char.ToUpperInvariant(chars[0]);
            return chars.ToString();
        }
    }
}
