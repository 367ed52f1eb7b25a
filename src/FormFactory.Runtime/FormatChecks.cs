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
            var chars = new char[value.Length];
            int n = 0;
            foreach (char c in value)
                if (c != ' ') chars[n++] = Upper(c);
            return new string(chars, 0, n);
        }

        // Already without spaces and lower-case letters, as most IBANs arrive from the form: no copy needed.
        private static bool IsNormalIban(string value)
        {
            foreach (char c in value)
                if (c == ' ' || (c >= 'a' && c <= 'z')) return false;
            return true;
        }

        /// <summary>
        /// Two letters, two check digits, 11 to 30 alphanumerics, and the ISO 13616 mod-97 remainder equal to 1; of
        /// the value as <see cref="NormalizeIban"/> makes it. The check reads <paramref name="value"/> in place
        /// (spaces skipped, lower-case letters read as upper-case), so checking an IBAN as typed copies nothing.
        /// </summary>
        public static bool IsIban(string value)
        {
            // One pass: the first four characters (country code and check digits) as the number they stand for in
            // ISO 13616 (letters as two digits: six digits in all), the rest as a number reduced mod 97 only when it
            // grows large, not at every character.
            int n = 0;
            ulong head = 0;
            ulong rest = 0;
            foreach (char typed in value)
            {
                if (typed == ' ') continue;
                if (n == 34) return false;
                char c = Upper(typed);
                bool digit = IsDigit(c);
                if (n < 2 ? !IsUpper(c) : n < 4 ? !digit : !(digit || IsUpper(c))) return false;
                if (n < 4) head = Append(head, c, digit);
                else if ((rest = Append(rest, c, digit)) >= ReduceAbove) rest %= 97;
                n++;
            }
            if (n < 15) return false;
            // The IBAN moved round by four characters (the rest, then the head) leaves remainder 1 divided by 97.
            return (rest % 97 * 1_000_000 + head) % 97 == 1;
        }

        // The number is reduced once it reaches this: below it, appending two more digits cannot overflow a ulong.
        private const ulong ReduceAbove = 10_000_000_000_000_000;

        private static ulong Append(ulong number, char c, bool digit) =>
            digit ? number * 10 + (ulong)(c - '0') : number * 100 + (ulong)(c - 'A' + 10);

        private static char Upper(char c) => c >= 'a' && c <= 'z' ? (char)(c - 32) : c;

        private static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || char.IsWhiteSpace(c);
        private static bool IsUpper(char c) => c >= 'A' && c <= 'Z';
        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }
}
