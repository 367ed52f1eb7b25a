using System;
using System.Security.Cryptography;
using System.Text;

namespace FormFactory.Intake.Receiving
{
    /// <summary>
    /// Reference numbers such as <c>HUN-2026-7K3M-9QX5</c>: a prefix from the service, the year, seven random Crockford
    /// base32 symbols (35 bits; the store refuses a repeat within a tenant and a new one is drawn) and Crockford's
    /// check symbol (value mod 37), which catches every single mistyped symbol and every swap of two neighbours.
    /// Crockford's alphabet has no I, L, O or U, so nothing read aloud or off a phone is ambiguous.
    /// </summary>
    public static class ReferenceNumbers
    {
        private const string Symbols = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        // Check symbols 32-36 come after the 32 data symbols.
        private const string CheckSymbols = Symbols + "*~$=U";
        private const int RandomSymbols = 7;

        /// <summary>The prefix of a service's references: its first three letters in upper case (<c>hundAnmelden</c> → <c>HUN</c>).</summary>
        public static string PrefixOf(string serviceId)
        {
            var sb = new StringBuilder(3);
            foreach (char c in serviceId)
                if (sb.Length < 3 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) sb.Append(char.ToUpperInvariant(c));
            return sb.Length == 0 ? "REF" : sb.ToString();
        }

        /// <summary>A new reference with <paramref name="prefix"/> in <paramref name="year"/>.</summary>
        public static string Create(string prefix, int year)
        {
            long value = (long)(BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8), 0) & ((1UL << (5 * RandomSymbols)) - 1));
            var symbols = new char[RandomSymbols];
            long rest = value;
            for (int i = RandomSymbols - 1; i >= 0; i--, rest >>= 5) symbols[i] = Symbols[(int)(rest & 31)];
            string random = new string(symbols);
            return FormattableString.Invariant($"{prefix}-{year:D4}-{random.Substring(0, 4)}-{random.Substring(4)}{CheckSymbols[(int)(value % 37)]}");
        }

        /// <summary>
        /// True when <paramref name="reference"/> is well formed and its check symbol fits; Crockford's reading rules
        /// apply (lower case, I and L read as 1, O as 0, hyphens and spaces ignored in the random part).
        /// </summary>
        public static bool IsValid(string reference)
        {
            var parts = reference.Trim().Split('-');
            if (parts.Length < 3 || parts[0].Length == 0 || parts[1].Length != 4) return false;
            string tail = string.Join("", parts, 2, parts.Length - 2).Replace(" ", "");
            if (tail.Length != RandomSymbols + 1) return false;
            long value = 0;
            for (int i = 0; i < RandomSymbols; i++)
            {
                int digit = Symbols.IndexOf(Normalize(tail[i]));
                if (digit < 0) return false;
                value = value * 32 + digit;
            }
            return CheckSymbols.IndexOf(Normalize(tail[RandomSymbols])) == (int)(value % 37);
        }

        private static char Normalize(char c)
        {
            c = char.ToUpperInvariant(c);
            return c switch { 'I' or 'L' => '1', 'O' => '0', _ => c };
        }
    }
}
