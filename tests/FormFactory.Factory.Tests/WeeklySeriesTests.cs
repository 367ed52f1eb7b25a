using System.Linq;
using FormFactory.Factory.Calendar;
using FormFactory.Factory.Metrics;
using FormFactory.Factory.Timeline;
using static FormFactory.Factory.Tests.Support.Histories;

namespace FormFactory.Factory.Tests
{
    /// <summary>
    /// One small history, checked by hand. Weeks: W02 = 5–11 Jan 2026, W03 = 12–18 Jan, W04 = 19–25 Jan.
    /// a: planned W02, in progress Mon W02, done Wed W03.
    /// b: in progress Fri W02, done Tue W04.
    /// c: planned Wed W03, in progress Mon W04 (still on the as-of day).
    /// d: planned W02, deferred Thu W03.
    /// e: in progress and done on Tue W03 (never in progress at a week's end).
    /// As of Thursday 22 Jan 2026 (W04 still running).
    /// </summary>
    public class WeeklySeriesTests
    {
        private static readonly ServiceTimeline[] Services =
        {
            Service("a", "in-planung 2026-01-05", "in-bearbeitung 2026-01-05", "abgeschlossen 2026-01-14"),
            Service("b", "in-bearbeitung 2026-01-09", "abgeschlossen 2026-01-20"),
            Service("c", "in-planung 2026-01-14", "in-bearbeitung 2026-01-19"),
            Service("d", "in-planung 2026-01-06", "zurueckgestellt 2026-01-15"),
            Service("e", "in-bearbeitung 2026-01-13", "abgeschlossen 2026-01-13"),
        };

        private static readonly ReportPeriod Period = new(new IsoWeek(2026, 2), Day("2026-01-22"));

        [Fact]
        public void ThroughputCountsCompletionsPerWeekAgainstTheTarget()
        {
            var t = Throughput.Compute(Services, Period, 2m);
            Assert.Equal(new[] { "2026-W02", "2026-W03", "2026-W04" }, t.Select(w => w.Week.ToString()));
            Assert.Equal(new[] { 0, 2, 1 }, t.Select(w => w.Completed));
            Assert.Equal(new bool?[] { false, true, null }, t.Select(w => w.MetTarget)); // W04 is still running
        }

        [Fact]
        public void TheRunningAsOfWeekIsNotComplete()
        {
            var t = Throughput.Compute(Services, Period, null);
            Assert.Equal(new[] { true, true, false }, t.Select(w => w.IsComplete));
            Assert.All(t, w => Assert.Null(w.MetTarget));
        }

        [Fact]
        public void AsOfSundayCompletesTheWeek() =>
            Assert.True(Throughput.Compute(Services, new ReportPeriod(new IsoWeek(2026, 2), Day("2026-01-25")), null).Last().IsComplete);

        [Fact]
        public void BurnUpCumulatesCompletionsUnderAScopeWithoutDeferredServices()
        {
            var b = BurnUp.Compute(Services, Period);
            Assert.Equal(new[] { 0, 2, 3 }, b.Select(p => p.Completed));
            // W02: a, b, d known; W03: + c, e, d deferred; W04: same.
            Assert.Equal(new[] { 3, 4, 4 }, b.Select(p => p.Scope));
        }

        [Fact]
        public void BurnUpCountsUndatedServicesFromTheStartUnlessDeferred()
        {
            var b = BurnUp.Compute(new[] { Undated("x", "offen"), Undated("y", "zurueckgestellt"), Undated("z", null) }, Period);
            Assert.All(b, p => Assert.Equal(2, p.Scope));
        }

        [Fact]
        public void WorkInProgressIsCountedAtEachWeeksEnd()
        {
            var w = WorkInProgress.Compute(Services, Period);
            // Sunday W02: a, b; Sunday W03: b (a done, e done the same day it started); Sunday W04: c.
            Assert.Equal(new[] { 2, 1, 1 }, w.Select(x => x.Count));
        }

        [Fact]
        public void PeriodStartsAtTheFactoryStart()
        {
            var p = ReportPeriod.For(Day("2026-01-05"), Services, Day("2026-01-22"));
            Assert.Equal(new IsoWeek(2026, 2), p.First);
            Assert.Equal(new IsoWeek(2026, 4), p.Last);
        }

        [Fact]
        public void PeriodWithoutFactoryStartBeginsAtTheEarliestEntry() =>
            Assert.Equal(new IsoWeek(2026, 2), ReportPeriod.For(null, Services, Day("2026-01-22")).First);

        [Fact]
        public void CompletionBeforeTheFactoryStartMovesThePeriodBack() =>
            Assert.Equal(new IsoWeek(2026, 3), ReportPeriod.For(Day("2026-01-19"), Services, Day("2026-01-22")).First); // e was done on 13 Jan

        [Fact]
        public void FactoryStartingAfterTheAsOfDayHasNoWeeks() =>
            Assert.Empty(Throughput.Compute(System.Array.Empty<ServiceTimeline>(), ReportPeriod.For(Day("2026-03-02"), System.Array.Empty<ServiceTimeline>(), Day("2026-01-22")), 1m));
    }
}
