using System;
using FormFactory.Definitions.Model;
using FormFactory.Factory.Timeline;
using static FormFactory.Factory.Tests.Support.Histories;

namespace FormFactory.Factory.Tests
{
    public class ServiceTimelineTests
    {
        [Fact]
        public void StartIsTheFirstInProgressDate()
        {
            var t = Service("a", "in-planung 2026-01-05", "in-bearbeitung 2026-01-12", "abgeschlossen 2026-01-28");
            Assert.Equal(Day("2026-01-12"), t.Start);
            Assert.Equal(Day("2026-01-28"), t.End);
            Assert.Equal("abgeschlossen", t.Status);
        }

        [Fact]
        public void StartFallsBackToTheFirstHistoryDate()
        {
            var t = Service("a", "in-planung 2026-03-09", "offen 2026-04-01");
            Assert.Equal(Day("2026-03-09"), t.Start);
            Assert.Null(t.End);
        }

        [Fact]
        public void ReopenedServiceEndsWhenFinishedLast()
        {
            var t = Service("a", "in-bearbeitung 2026-01-05", "abgeschlossen 2026-01-20", "in-bearbeitung 2026-02-02",
                "abgeschlossen 2026-02-10", "abgeschlossen 2026-02-12");
            Assert.Equal(Day("2026-01-05"), t.Start);
            Assert.Equal(Day("2026-02-10"), t.End);
        }

        [Fact]
        public void OutOfOrderHistoryIsReadByDate()
        {
            var t = Service("a", "abgeschlossen 2026-02-01", "in-bearbeitung 2026-01-05");
            Assert.Equal("abgeschlossen", t.Status);
            Assert.Equal(Day("2026-01-05"), t.Start);
            Assert.Equal(Day("2026-02-01"), t.End);
        }

        [Fact]
        public void StatusOnIsTheLastEntryOnOrBeforeTheDay()
        {
            var t = Service("a", "in-planung 2026-01-05", "in-bearbeitung 2026-01-12");
            Assert.Null(t.StatusOn(Day("2026-01-04")));
            Assert.Equal("in-planung", t.StatusOn(Day("2026-01-11")));
            Assert.Equal("in-bearbeitung", t.StatusOn(Day("2026-01-12")));
        }

        [Fact]
        public void EntriesAfterTheAsOfDayAreIgnored()
        {
            var t = ServiceTimeline.Of(Form("a", "abgeschlossen", ("in-planung", "2026-01-05"), ("in-bearbeitung", "2026-01-12"), ("abgeschlossen", "2026-02-04")),
                Day("2026-01-31"))!;
            Assert.Equal("in-bearbeitung", t.Status);
            Assert.Null(t.End);
            Assert.Equal(2, t.History.Count);
        }

        [Fact]
        public void ServiceEnteringAfterTheAsOfDayHasNoTimeline() =>
            Assert.Null(ServiceTimeline.Of(Form("a", "in-planung", ("in-planung", "2026-05-01")), Day("2026-04-30")));

        [Fact]
        public void ServiceWithoutHistoryKeepsItsDeclaredStatus()
        {
            var t = ServiceTimeline.Of(Form("a", "offen"), Day("2026-04-30"))!;
            Assert.Equal("offen", t.Status);
            Assert.Null(t.Start);
            Assert.Null(t.StatusOn(Day("2026-04-30")));
        }

        private static FormModel Form(string id, string status, params (string Status, string On)[] history) => new()
        {
            Id = id,
            Factory = new ServiceFactoryInfo(status, "normal", 1, null, null, null,
                Array.ConvertAll(history, h => new StatusChange(h.Status, h.On, null)).ToEquatableArray(), EquatableArray<string>.Empty, null),
        };
    }
}
