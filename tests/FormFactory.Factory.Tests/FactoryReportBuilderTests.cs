using System;
using System.Linq;
using FormFactory.Factory.Forecasting;
using FormFactory.Factory.Tests.Support;
using static FormFactory.Factory.Tests.Support.Histories;

namespace FormFactory.Factory.Tests
{
    public class FactoryReportBuilderTests
    {
        private static TinyCatalog Sample() => new TinyCatalog()
            .Factory()
            .Service("done", "{ \"status\": \"abgeschlossen\", \"priority\": \"hoch\", \"effortDays\": 2, \"owner\": \"Team A\", \"maturity\": 3, \"maturityTarget\": 3, " +
                "\"history\": [ { \"status\": \"in-bearbeitung\", \"on\": \"2026-01-05\" }, { \"status\": \"abgeschlossen\", \"on\": \"2026-01-14\" } ], " +
                "\"reuse\": [\"stadt\", \"unbekannt\"], \"impact\": { \"before\": \"Papier\", \"after\": { \"de\": \"Online\", \"en\": \"Online in English\" } } }",
                "Umwelt", "gemeinde", "kreisfreie-stadt")
            .Service("doing", "{ \"status\": \"in-bearbeitung\", \"priority\": \"normal\", \"effortDays\": 3, \"maturity\": 1, \"maturityTarget\": 3, " +
                "\"history\": [ { \"status\": \"in-bearbeitung\", \"on\": \"2026-01-12\" } ], \"impact\": { \"before\": \"x\", \"after\": \"y\" } }",
                "Bildung", "kreis")
            .Service("later", "{ \"status\": \"in-planung\", \"priority\": \"sehr-hoch\", " +
                "\"history\": [ { \"status\": \"in-planung\", \"on\": \"2026-03-02\" } ] }",
                "Umwelt", "gemeinde")
            .Service("parked", "{ \"status\": \"zurueckgestellt\", \"priority\": \"niedrig\", " +
                "\"history\": [ { \"status\": \"zurueckgestellt\", \"on\": \"2026-01-06\" } ] }",
                "Umwelt", "kreis")
            .Tenant("stadt", "kreisfreie-stadt", "done", "later")
            .Tenant("kreisX", "kreis");

        private static ReportOptions AsOf(string day) => new() { AsOf = Day(day), Runs = 500 };

        [Fact]
        public void ReportCoversEveryServiceKnownOnTheAsOfDay()
        {
            var r = FactoryReportBuilder.Build(Sample().Bind(), AsOf("2026-02-01"));
            Assert.Equal(new[] { "doing", "done", "parked" }, r.StatusTable.Select(s => s.ServiceId).OrderBy(s => s, StringComparer.Ordinal));
            Assert.Equal(1, r.Forecast.Remaining);
        }

        [Fact]
        public void RowsAreOrderedByThemenfeldThenTitle()
        {
            var r = FactoryReportBuilder.Build(Sample().Bind(), AsOf("2026-03-31"));
            Assert.Equal(new[] { "doing", "done", "later", "parked" }, r.StatusTable.Select(s => s.ServiceId));
        }

        [Fact]
        public void TenantScopeKeepsItsOffers()
        {
            var r = FactoryReportBuilder.Build(Sample().Bind(), AsOf("2026-03-31") with { Tenant = "stadt" });
            Assert.Equal(new[] { "done", "later" }, r.StatusTable.Select(s => s.ServiceId));
            Assert.Equal(ReportScopeKind.Tenant, r.Scope.Kind);
            Assert.Equal("Kommune stadt", r.Scope.Name);
        }

        [Fact]
        public void TenantWithoutOffersListOffersWhatIsRelevantForItsType()
        {
            var r = FactoryReportBuilder.Build(Sample().Bind(), AsOf("2026-03-31") with { Tenant = "kreisX" });
            Assert.Equal(new[] { "doing", "parked" }, r.StatusTable.Select(s => s.ServiceId));
        }

        [Fact]
        public void TypeScopeKeepsRelevantServices()
        {
            var r = FactoryReportBuilder.Build(Sample().Bind(), AsOf("2026-03-31") with { MunicipalityType = "gemeinde" });
            Assert.Equal(new[] { "done", "later" }, r.StatusTable.Select(s => s.ServiceId));
        }

        [Fact]
        public void TenantAndTypeTogetherAreRejected() =>
            Assert.Throws<ArgumentException>(() => FactoryReportBuilder.Build(Sample().Bind(), AsOf("2026-03-31") with { Tenant = "stadt", MunicipalityType = "kreis" }));

        [Fact]
        public void UnknownTenantIsRejected() =>
            Assert.Throws<ArgumentException>(() => FactoryReportBuilder.Build(Sample().Bind(), AsOf("2026-03-31") with { Tenant = "nirgendwo" }));

        [Fact]
        public void RowShowsReuseByNameAndImpactOnlyForHighPriorities()
        {
            var r = FactoryReportBuilder.Build(Sample().Bind(), AsOf("2026-03-31") with { Language = "en" });
            var done = r.StatusTable.Single(s => s.ServiceId == "done");
            Assert.Equal(new[] { "Kommune stadt", "unbekannt" }, done.Reuse);
            Assert.Equal("Title done", done.Title);
            Assert.Equal(("Papier", "Online in English"), (done.ImpactBefore, done.ImpactAfter));
            Assert.False(done.EndIsForecast);
            var doing = r.StatusTable.Single(s => s.ServiceId == "doing");
            Assert.Null(doing.ImpactBefore);
        }

        [Fact]
        public void UnfinishedServicesGetForecastEndsInPriorityOrder()
        {
            // One completion in the 12 complete weeks W02–W13 (as of Tue 31 Mar 2026, W14 running).
            var r = FactoryReportBuilder.Build(Sample().Bind(), AsOf("2026-03-31"));
            Assert.Equal(ForecastOutcome.Forecast, r.Forecast.Outcome);
            Assert.Equal(12, r.Forecast.SampleWeeks);
            var later = r.StatusTable.Single(s => s.ServiceId == "later");
            var doing = r.StatusTable.Single(s => s.ServiceId == "doing");
            Assert.True(later.EndIsForecast && doing.EndIsForecast);
            Assert.True(later.End < doing.End); // sehr-hoch before normal
            Assert.Equal(r.Forecast.Point(85)!.Date, doing.End);
            Assert.Null(r.StatusTable.Single(s => s.ServiceId == "parked").End);
        }

        [Fact]
        public void CountsFollowTheVocabulary()
        {
            var r = FactoryReportBuilder.Build(Sample().Bind(), AsOf("2026-03-31"));
            Assert.Equal(new[] { ("zurueckgestellt", 1), ("in-planung", 1), ("offen", 0), ("in-bearbeitung", 1), ("abgeschlossen", 1) },
                r.StatusCounts.Select(c => (c.Key!, c.Count)));
            Assert.Equal(new[] { 1, 1, 1, 1 }, r.PriorityCounts.Select(c => c.Count));
        }

        [Fact]
        public void RelevanceMatrixCountsServicesPerThemenfeldAndType()
        {
            var r = FactoryReportBuilder.Build(Sample().Bind(), AsOf("2026-03-31"));
            var umwelt = r.Relevance.Rows.Single(row => row.Themenfeld == "Umwelt");
            Assert.Equal(3, umwelt.Services);
            var counts = r.Relevance.Types.Zip(umwelt.Counts).ToDictionary(p => p.First, p => p.Second);
            Assert.Equal(2, counts["gemeinde"]);
            Assert.Equal(1, counts["kreis"]);
            Assert.Equal(1, counts["kreisfreie-stadt"]);
            Assert.Equal(0, counts["bund"]);
        }

        [Fact]
        public void MaturityDistributionComparesCurrentAndTarget()
        {
            var r = FactoryReportBuilder.Build(Sample().Bind(), AsOf("2026-03-31"));
            Assert.Equal(5, r.Maturity.Levels.Count); // model 1.1: 0–4
            Assert.Equal((1, 0), (r.Maturity.Levels[1].Current, r.Maturity.Levels[1].Target));
            Assert.Equal((1, 2), (r.Maturity.Levels[3].Current, r.Maturity.Levels[3].Target));
            Assert.Equal(2, r.Maturity.CurrentUnknown);
            Assert.Equal(1, r.Maturity.AtTarget);
        }

        [Fact]
        public void SameCatalogAndOptionsGiveAnEqualReport()
        {
            var catalog = Sample().Bind();
            Assert.Equal(FactoryReportBuilder.Build(catalog, AsOf("2026-03-31")), FactoryReportBuilder.Build(catalog, AsOf("2026-03-31")));
        }

        [Fact]
        public void ServiceWithoutFactoryDataRemainsWithoutStatus()
        {
            var catalog = new TinyCatalog().Factory()
                .Service("a", "{ \"status\": \"offen\", \"history\": [ { \"status\": \"offen\", \"on\": \"2026-01-05\" } ] }")
                .Service("b", "{ }")
                .Bind();
            var r = FactoryReportBuilder.Build(catalog, AsOf("2026-03-31"));
            Assert.Equal(2, r.Forecast.Remaining);
            Assert.Equal(new Tables.CountRow(null, 1), r.StatusCounts[^1]);
            Assert.Equal(2, r.PriorityCounts.Single(c => c.Key == null).Count);
        }

        [Fact]
        public void DefaultDeadlineIsTheEndOfTheAsOfYear() =>
            Assert.Equal(Day("2026-12-31"), FactoryReportBuilder.Build(Sample().Bind(), AsOf("2026-03-31")).RequiredPace.Deadline);
    }
}
