using System.Text;

namespace FormFactory.Runtime
{
    /// <summary>
    /// The built-in formats of the definition format. Every back end (reference validator, generated C#, browser)
    /// must accept exactly the same values, so the rules are written out by hand rather than as regular
    /// expressions whose dialects differ.
    /// </summary>
    public static class FormatChecks
    {
        /// <summary>No spaces, exactly one <c>@</c>, a non-empty local part, and a domain with a dot that neither starts nor ends with one.</summary>
        public static bool IsEmail(string value)
        {
            if (value.Length == 0) return false;
            int at = -1;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (IsSpace(c)) return false;
                if (c == '@')
                {
                    if (at >= 0) return false;
                    at = i;
                }
            }
            if (at <= 0) return false;
            // The domain is value[at+1..], looked at in place: validating allocates nothing.
            int start = at + 1;
            return value.Length - start >= 3 && value.IndexOf('.', start) >= 0 && value[start] != '.' && value[value.Length - 1] != '.';
        }

        /// <summary>An optional leading <c>+</c>, then digits, spaces and <c>/ - ( )</c>, with 5 to 15 digits in all.</summary>
        public static bool IsPhone(string value)
        {
            int digits = 0;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c >= '0' && c <= '9') digits++;
                else if (c == '+' && i == 0) { }
                else if (c != ' ' && c != '/' && c != '-' && c != '(' && c != ')') return false;
            }
            return digits >= 5 && digits <= 15;
        }

        /// <summary>A German postcode: exactly five digits.</summary>
        public static bool IsPostcode(string value)
        {
            if (value.Length != 5) return false;
            foreach (char c in value)
                if (c < '0' || c > '9') return false;
            return true;
        }

        /// <summary>Removes spaces and upper-cases ASCII letters, as citizens type IBANs in groups of four.</summary>
        public static string NormalizeIban(string value)
        {
            if (IsNormalIban(value)) return value;
            var sb = new StringBuilder(value.Length);
            foreach (char c in value)
            {
                if (c == ' ') continue;
                sb.Append(c >= 'a' && c <= 'z' ? (char)(c - 32) : c);
            }
            return sb.ToString();
        }

        // Already without spaces and lower-case letters, as most IBANs arrive from the form: no copy needed.
        private static bool IsNormalIban(string value)
        {
            foreach (char c in value)
                if (c == ' ' || (c >= 'a' && c <= 'z')) return false;
            return true;
        }

        /// <summary>
        /// Two letters, two check digits, 11 to 30 alphanumerics, and the ISO 13616 mod-97 remainder equal to 1.
        /// Expects a value already passed through <see cref="NormalizeIban"/>.
        /// </summary>
        public static bool IsIban(string normalized)
        {
            int n = normalized.Length;
            if (n < 15 || n > 34) return false;
            if (!IsUpper(normalized[0]) || !IsUpper(normalized[1]) || !IsDigit(normalized[2]) || !IsDigit(normalized[3])) return false;
            for (int i = 4; i < n; i++)
                if (!IsUpper(normalized[i]) && !IsDigit(normalized[i])) return false;
            int remainder = 0;
            for (int k = 0; k < n; k++)
            {
                char c = normalized[(k + 4) % n];
                if (IsDigit(c)) remainder = (remainder * 10 + (c - '0')) % 97;
                else remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            }
            return remainder == 1;
        }

        private static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || char.IsWhiteSpace(c);
        private static bool IsUpper(char c) => c >= 'A' && c <= 'Z';
        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }
}
