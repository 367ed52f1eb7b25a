using System.Linq;
using System.Text.RegularExpressions;
using FormFactory.Intake.Receiving;

namespace FormFactory.Intake.Tests
{
    public class ReferenceNumberTests
    {
        private const string Symbols = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

        [Fact]
        public void AReferenceHasThePrefixTheYearAndCrockfordSymbols()
        {
            string reference = ReferenceNumbers.Create(ReferenceNumbers.PrefixOf("hundAnmelden"), 2026);
            Assert.Matches(new Regex("^HUN-2026-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}[0-9A-HJKMNP-TV-Z*~$=U]$"), reference);
            Assert.True(ReferenceNumbers.IsValid(reference));
        }

        [Fact]
        public void EverySingleMistypedSymbolIsDetected()
        {
            for (int n = 0; n < 200; n++)
            {
                string reference = ReferenceNumbers.Create("HUN", 2026);
                foreach (int at in new[] { 9, 10, 11, 12, 14, 15, 16 })
                    foreach (char other in Symbols.Where(c => c != reference[at]))
                        Assert.False(ReferenceNumbers.IsValid(reference.Substring(0, at) + other + reference.Substring(at + 1)), reference + " with " + other + " at " + at);
            }
        }

        [Fact]
        public void SwappedNeighboursAreDetected()
        {
            for (int n = 0; n < 500; n++)
            {
                string reference = ReferenceNumbers.Create("HUN", 2026);
                string random = reference.Substring(9, 4) + reference.Substring(14, 4);
                for (int i = 0; i < 7; i++)
                {
                    if (random[i] == random[i + 1]) continue;
                    var swapped = random.ToCharArray();
                    (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
                    string typed = "HUN-2026-" + new string(swapped, 0, 4) + "-" + new string(swapped, 4, 4);
                    Assert.False(ReferenceNumbers.IsValid(typed), typed + " (from " + reference + ")");
                }
            }
        }

        [Fact]
        public void CrockfordReadingRulesApply()
        {
            string reference = ReferenceNumbers.Create("HUN", 2026);
            Assert.True(ReferenceNumbers.IsValid(reference.ToLowerInvariant()));
            Assert.False(ReferenceNumbers.IsValid("HUN-2026"));
            Assert.False(ReferenceNumbers.IsValid("HUN-2026-ABCD-EF"));
        }

        [Fact]
        public void ReferencesDoNotRepeat() =>
            Assert.Equal(2_000, Enumerable.Range(0, 2_000).Select(_ => ReferenceNumbers.Create("HUN", 2026)).Distinct().Count());

        [Theory]
        [InlineData("hundAnmelden", "HUN")]
        [InlineData("kitaPlatz", "KIT")]
        [InlineData("a1", "A")]
        public void ThePrefixIsTheServicesFirstLetters(string service, string prefix) => Assert.Equal(prefix, ReferenceNumbers.PrefixOf(service));
    }
}
