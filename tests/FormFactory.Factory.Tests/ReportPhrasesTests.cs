using System;
using FormFactory.Factory.Export;
using FormFactory.Factory.Forecasting;

namespace FormFactory.Factory.Tests
{
    /// <summary>Counts in report sentences take the noun in the right number, in both languages.</summary>
    public class ReportPhrasesTests
    {
        private static readonly DateOnly Deadline = new DateOnly(2026, 12, 31);

        [Theory]
        [InlineData("de", 1, "1 Leistung")]
        [InlineData("de", 12, "12 Leistungen")]
        [InlineData("en", 1, "1 service")]
        [InlineData("en", 0, "0 services")]
        public void CountOfServicesAgreesInNumber(string lang, int count, string expected) =>
            Assert.Equal(expected, new ReportPhrases(lang).CountOfServices(count));

        [Fact]
        public void OneServiceAWeekInOneWeekIsSingular()
        {
            var pace = new RequiredPace(Deadline, 1, 1, 1m);
            Assert.Equal("Nötiges Tempo, um bis 2026-12-31 fertig zu sein: 1 Leistung je Woche (1 Woche).", new ReportPhrases("de").Pace(pace));
            Assert.Equal("Pace needed to finish by 2026-12-31: 1 service a week (1 week).", new ReportPhrases("en").Pace(pace));
        }

        [Fact]
        public void FractionsArePlural()
        {
            var pace = new RequiredPace(Deadline, 5, 6, 0.84m);
            Assert.Equal("Nötiges Tempo, um bis 2026-12-31 fertig zu sein: 0,84 Leistungen je Woche (6 Wochen).", new ReportPhrases("de").Pace(pace));
        }

        [Fact]
        public void OneRemainingServiceIsSingular()
        {
            Assert.StartsWith("Offen ist 1 Leistung ", new ReportPhrases("de").Remaining(1));
            Assert.StartsWith("Offen sind 2 Leistungen ", new ReportPhrases("de").Remaining(2));
            Assert.StartsWith("1 service remains ", new ReportPhrases("en").Remaining(1));
            Assert.Equal("1 abgeschlossene Leistung je Woche", new ReportPhrases("de").TargetPerWeek(1));
        }
    }
}
