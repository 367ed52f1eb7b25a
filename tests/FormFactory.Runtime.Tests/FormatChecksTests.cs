using FormFactory.Runtime;

namespace FormFactory.Runtime.Tests
{
    /// <summary>The built-in formats exactly as the contract's "Built-in formats" states them.</summary>
    public class FormatChecksTests
    {
        [Theory]
        [InlineData("a@b.de", true)]
        [InlineData("a@b.c", true)]
        [InlineData("x.y+z@sub.example.org", true)]
        [InlineData("a@b..c", true)]
        [InlineData("", false)]
        [InlineData("ab.de", false)]
        [InlineData("a@@b.de", false)]
        [InlineData("a@b@c.de", false)]
        [InlineData("@b.de", false)]
        [InlineData("a@b", false)]
        [InlineData("a@.de", false)]
        [InlineData("a@de.", false)]
        [InlineData("a@.", false)]
        [InlineData("a @b.de", false)]
        [InlineData("a@b.de\n", false)]
        [InlineData("a@b\u2003.de", false)]
        public void EmailNeedsOneAtALocalPartAndADottedDomainWithoutSpaces(string value, bool valid) =>
            Assert.Equal(valid, FormatChecks.IsEmail(value));

        [Theory]
        [InlineData("12345", true)]
        [InlineData("+49 6151 123456", true)]
        [InlineData("(06151) 12-34/56", true)]
        [InlineData("123456789012345", true)]
        [InlineData("+1 2 3 4 5", true)]
        [InlineData("", false)]
        [InlineData("1234", false)]
        [InlineData("+ - / ( )", false)]
        [InlineData("1234567890123456", false)]
        [InlineData("49+6151123456", false)]
        [InlineData("++496151123456", false)]
        [InlineData("06151.123456", false)]
        [InlineData("06151_123456", false)]
        [InlineData("0615l 123456", false)]
        public void PhoneIsAnOptionalPlusThenDigitsSpacesAndSeparatorsWithFiveToFifteenDigits(string value, bool valid) =>
            Assert.Equal(valid, FormatChecks.IsPhone(value));

        [Theory]
        [InlineData("64283", true)]
        [InlineData("01067", true)]
        [InlineData("6428", false)]
        [InlineData("642830", false)]
        [InlineData("6428a", false)]
        [InlineData("٦٤٢٨٣", false)]
        [InlineData("", false)]
        public void PostcodeIsFiveAsciiDigits(string value, bool valid) =>
            Assert.Equal(valid, FormatChecks.IsPostcode(value));

        [Theory]
        [InlineData("de89 3704 0044 0532 0130 00", "DE89370400440532013000")]
        [InlineData("DE89370400440532013000", "DE89370400440532013000")]
        [InlineData(" gb82 west 1234 5698 7654 32 ", "GB82WEST12345698765432")]
        [InlineData("", "")]
        public void IbanNormalisationRemovesSpacesAndUpperCases(string value, string normalized) =>
            Assert.Equal(normalized, FormatChecks.NormalizeIban(value));

        [Theory]
        [InlineData("DE89370400440532013000", true)]
        [InlineData("GB82WEST12345698765432", true)]
        [InlineData("NO9386011117947", true)]
        [InlineData("FR1420041010050500013M02606", true)]
        [InlineData("LC55HEMM000100010012001200023015", true)]
        [InlineData("DE89370400440532013001", false)]
        [InlineData("DE00370400440532013000", false)]
        [InlineData("NO938601111794", false)]
        [InlineData("LC55HEMM000100010012001200023015000", false)]
        [InlineData("D189370400440532013000", false)]
        [InlineData("DEA9370400440532013000", false)]
        [InlineData("DE89\t370400440532013000", false)]
        [InlineData("", false)]
        [InlineData("    ", false)]
        public void IbanHasTwoLettersTwoCheckDigitsElevenToThirtyAlphanumericsAndModulo97EqualToOne(string normalized, bool valid) =>
            Assert.Equal(valid, FormatChecks.IsIban(normalized));

        [Theory]
        [InlineData("de89370400440532013000", true)]
        [InlineData("DE89 3704 0044 0532 0130 00", true)]
        [InlineData(" gb82 west 1234 5698 7654 32 ", true)]
        [InlineData("DE89 3704 0044 0532 0130 01", false)]
        [InlineData("NO93 8601 1117 94", false)]
        public void AnIbanAsTypedIsCheckedAsItsNormalForm(string typed, bool valid)
        {
            Assert.Equal(valid, FormatChecks.IsIban(typed));
            Assert.Equal(valid, FormatChecks.IsIban(FormatChecks.NormalizeIban(typed)));
        }

        [Fact]
        public void CheckingAnIbanAsTypedAgreesWithCheckingItsNormalFormForManyValues()
        {
            // Valid IBANs with their characters' case, spacing and single characters changed at random (seeded).
            string[] valid = { "DE89370400440532013000", "GB82WEST12345698765432", "NO9386011117947", "FR1420041010050500013M02606" };
            const string alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefxyz -";
            var random = new System.Random(20261123);
            int accepted = 0, rejected = 0;
            for (int k = 0; k < 20_000; k++)
            {
                var chars = new System.Text.StringBuilder(valid[k % valid.Length]);
                for (int edits = random.Next(4); edits > 0; edits--)
                {
                    int at = random.Next(chars.Length + 1);
                    switch (random.Next(3))
                    {
                        case 0: chars.Insert(at, ' '); break;
                        case 1 when at < chars.Length: chars[at] = char.ToLowerInvariant(chars[at]); break;
                        default: if (at < chars.Length) chars[at] = alphabet[random.Next(alphabet.Length)]; break;
                    }
                }
                string typed = chars.ToString();
                bool expected = FormatChecks.IsIban(FormatChecks.NormalizeIban(typed));
                Assert.True(expected == FormatChecks.IsIban(typed), typed);
                if (expected) accepted++; else rejected++;
            }
            Assert.True(accepted > 1_000 && rejected > 1_000, $"{accepted} accepted, {rejected} rejected: the sample must have both");
        }

        [Fact]
        public void TheModulo97CheckAgreesWithTheWholeNumberForIbansOfEveryLength()
        {
            // Two letters, two digits and 11 to 30 alphanumerics, letter-heavy so that the number grows fastest; seeded.
            const string alphanumerics = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZXYZ";
            var random = new System.Random(1123);
            int accepted = 0;
            for (int k = 0; k < 20_000; k++)
            {
                var chars = new System.Text.StringBuilder();
                chars.Append((char)('A' + random.Next(26))).Append((char)('A' + random.Next(26)));
                chars.Append((char)('0' + random.Next(10))).Append((char)('0' + random.Next(10)));
                for (int length = 11 + random.Next(20); length > 0; length--) chars.Append(alphanumerics[random.Next(alphanumerics.Length)]);
                string iban = chars.ToString();
                bool expected = WholeNumber(iban.Substring(4) + iban.Substring(0, 4)) % 97 == 1;
                Assert.True(expected == FormatChecks.IsIban(iban), iban);
                if (expected) accepted++;
            }
            Assert.True(accepted > 50, $"{accepted} accepted: the sample must have valid ones");
        }

        // ISO 13616's number: digits as they are, letters A to Z as 10 to 35.
        private static System.Numerics.BigInteger WholeNumber(string rearranged)
        {
            var digits = new System.Text.StringBuilder();
            foreach (char c in rearranged) digits.Append(char.IsDigit(c) ? c.ToString() : (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return System.Numerics.BigInteger.Parse(digits.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
