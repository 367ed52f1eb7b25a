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
            Assert.StartsWith("Es verbleibt 1 Leistung ", new ReportPhrases("de").Remaining(1));
            Assert.StartsWith("Es verbleiben 2 Leistungen ", new ReportPhrases("de").Remaining(2));
            Assert.StartsWith("1 service remains ", new ReportPhrases("en").Remaining(1));
            Assert.Equal("1 abgeschlossene Leistung je Woche", new ReportPhrases("de").TargetPerWeek(1));
        }

        [Fact]
        public void ChartDescriptionsOfOneAreSingular()
        {
            var de = new ReportPhrases("de");
            var en = new ReportPhrases("en");
            Assert.Equal("1 Woche: 2026-W05 (sie läuft noch). ", de.WeeksCovered(1, "2026-W05", "2026-W05", true));
            Assert.Equal("3 weeks from 2026-W03 to 2026-W05. ", en.WeeksCovered(3, "2026-W03", "2026-W05", false));
            Assert.Equal("Insgesamt 1 Leistung abgeschlossen, höchstens 1 in einer Woche.", de.ThroughputSummary(1, 1));
            Assert.Equal(" Ziel 3 je Woche, erreicht in 0 von 1 abgeschlossenen Woche.", de.TargetMetSummary(3, 0, 1));
            Assert.Equal(" Target 3 a week, met in 2 of 4 complete weeks.", en.TargetMetSummary(3, 2, 4));
            Assert.Equal("Am Ende der letzten Woche ist 1 von 1 Leistung im Umfang abgeschlossen.", de.BurnUpSummary(1, 1));
            Assert.Equal("At the end of the last week 0 of 2 services in scope are complete.", en.BurnUpSummary(0, 2));
            Assert.Equal("Höchstens 1 Leistung gleichzeitig in Bearbeitung (zuerst 2026-W02), am Ende 0.", de.WipSummary(1, "2026-W02", 0));
            Assert.Equal("1 completed service in groups of 7 days. Median 1 day, P85 1 day, longest 1 day.", en.CycleTimeSummary(1, 1, 1, 1));
            Assert.Equal("2 abgeschlossene Leistungen in Gruppen zu 7 Tagen. Median 3 Tage, P85 8 Tage, längste 8 Tage.", de.CycleTimeSummary(2, 3, 8, 8));
        }
    }
}
