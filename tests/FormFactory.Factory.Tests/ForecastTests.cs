using System;
using System.Diagnostics;
using System.Linq;
using FormFactory.Factory.Calendar;
using FormFactory.Factory.Forecasting;
using FormFactory.Factory.Metrics;
using static FormFactory.Factory.Tests.Support.Histories;

namespace FormFactory.Factory.Tests
{
    public class ForecastTests
    {
        private static readonly IsoWeek AsOfWeek = new(2026, 47); // 16–22 Nov 2026

        private static ThroughputWeek[] Weeks(params int[] completed) =>
            completed.Select((c, i) => new ThroughputWeek(new IsoWeek(2024, 1).AddWeeks(i), c, null, true)).ToArray();

        [Fact]
        public void ConstantThroughputGivesAnExactForecast()
        {
            var f = MonteCarloForecast.Compute(Weeks(3, 3, 3, 3), remaining: 7, AsOfWeek, seed: 1);
            Assert.Equal(ForecastOutcome.Forecast, f.Outcome);
            // 3 + 3 + 3 >= 7: done in the third week after W47, in every run.
            Assert.All(f.Points, p => Assert.Equal(3, p.Weeks));
            Assert.Equal(new IsoWeek(2026, 50), f.Point(50)!.Week);
            Assert.Equal(Day("2026-12-13"), f.Point(95)!.Date);
        }

        [Fact]
        public void ForecastCountsWeeksAcrossWeekFiftyThree()
        {
            var f = MonteCarloForecast.Compute(Weeks(1), remaining: 8, AsOfWeek, seed: 7);
            Assert.Equal(new IsoWeek(2027, 2), f.Point(85)!.Week); // W48..W53 are six weeks, then 2027-W01 and W02
            Assert.Equal(Day("2027-01-17"), f.Point(85)!.Date);
        }

        [Fact]
        public void ZeroThroughputSaysNoForecastIsPossible()
        {
            var watch = Stopwatch.StartNew();
            var f = MonteCarloForecast.Compute(Weeks(0, 0, 0, 0, 0), remaining: 5, AsOfWeek, seed: 1);
            Assert.Equal(ForecastOutcome.NoThroughput, f.Outcome);
            Assert.Empty(f.Points);
            Assert.Equal(0m, f.MeanPerWeek);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1));
        }

        [Fact]
        public void NoCompleteWeekSaysNoForecastIsPossible()
        {
            var running = new[] { new ThroughputWeek(AsOfWeek, 2, null, IsComplete: false) };
            var f = MonteCarloForecast.Compute(running, remaining: 5, AsOfWeek, seed: 1);
            Assert.Equal(ForecastOutcome.NoHistory, f.Outcome);
            Assert.Null(f.MeanPerWeek);
        }

        [Fact]
        public void TheRunningWeekIsNotSampled()
        {
            var weeks = Weeks(2, 2).Append(new ThroughputWeek(AsOfWeek, 0, null, IsComplete: false));
            var f = MonteCarloForecast.Compute(weeks, remaining: 4, AsOfWeek, seed: 1);
            Assert.Equal(2, f.SampleWeeks);
            Assert.All(f.Points, p => Assert.Equal(2, p.Weeks));
        }

        [Fact]
        public void NothingRemainingNeedsNoForecast() =>
            Assert.Equal(ForecastOutcome.NothingRemaining, MonteCarloForecast.Compute(Weeks(1, 2), 0, AsOfWeek, seed: 1).Outcome);

        [Fact]
        public void SameSeedGivesTheSameForecast()
        {
            var weeks = Weeks(0, 1, 0, 3, 2, 0, 1);
            Assert.Equal(MonteCarloForecast.Compute(weeks, 20, AsOfWeek, seed: 42), MonteCarloForecast.Compute(weeks, 20, AsOfWeek, seed: 42));
        }

        [Fact]
        public void VariableThroughputGivesOrderedPercentilesWithinTheBounds()
        {
            // Weeks of 1 or 3: 6 services take at least 2 and at most 6 weeks.
            var f = MonteCarloForecast.Compute(Weeks(1, 3), remaining: 6, AsOfWeek, seed: 3);
            var weeks = f.Points.Select(p => p.Weeks!.Value).ToArray();
            Assert.Equal(weeks.OrderBy(w => w), weeks);
            Assert.InRange(weeks[0], 2, 6);
            Assert.InRange(weeks[2], 2, 6);
            Assert.Equal(2m, f.MeanPerWeek);
        }

        [Fact]
        public void ATrickleBeyondTheHorizonReportsLaterInsteadOfADate()
        {
            var trickle = Weeks(new int[99].Append(1).ToArray()); // one service in 100 weeks
            var f = MonteCarloForecast.Compute(trickle, remaining: 50, AsOfWeek, seed: 1, runs: 200, horizonWeeks: 104);
            Assert.Equal(ForecastOutcome.Forecast, f.Outcome);
            Assert.All(f.Points, p => Assert.Null(p.Weeks));
        }

        [Fact]
        public void RequiredPaceSpreadsTheBacklogOverTheWeeksLeft()
        {
            // As of Fri 20 Nov 2026 (W47) until Thu 31 Dec 2026 (W53): W48–W53 are 6 weeks; 5 / 6 = 0.833, rounded up.
            var p = RequiredPace.Compute(5, Day("2026-11-20"), Day("2026-12-31"));
            Assert.Equal(6, p.Weeks);
            Assert.Equal(0.84m, p.PerWeek);
        }

        [Fact]
        public void RequiredPaceCountsAcrossTheYearBoundary()
        {
            var p = RequiredPace.Compute(3, Day("2026-12-30"), Day("2027-01-17")); // W53 → 2027-W02
            Assert.Equal(2, p.Weeks);
            Assert.Equal(1.5m, p.PerWeek);
        }

        [Fact]
        public void RequiredPaceIsImpossibleWithoutAWeekLeft() =>
            Assert.Null(RequiredPace.Compute(3, Day("2026-11-20"), Day("2026-11-22")).PerWeek);

        [Fact]
        public void RequiredPaceIsZeroWhenNothingRemains() =>
            Assert.Equal(0m, RequiredPace.Compute(0, Day("2026-11-20"), Day("2026-11-22")).PerWeek);

        [Fact]
        public void ScheduleOrdersByPriorityThenEffort()
        {
            var order = ForecastSchedule.Order(new[]
            {
                new BacklogItem("lowSmall", "niedrig", 1), new BacklogItem("none", null, 1), new BacklogItem("normalBig", "normal", 8),
                new BacklogItem("normalUnknown", "normal", null), new BacklogItem("normalSmall", "normal", 2), new BacklogItem("top", "sehr-hoch", 20),
            }).Select(i => i.ServiceId);
            Assert.Equal(new[] { "top", "normalSmall", "normalBig", "normalUnknown", "lowSmall", "none" }, order);
        }

        [Fact]
        public void ScheduleSpreadsTheP85EvenlyAndEndsOnIt()
        {
            // Three services, P85 = 7 weeks: ⌈7/3⌉ = 3, ⌈14/3⌉ = 5, 7 weeks after W47.
            var ends = ForecastSchedule.Spread(new[] { new BacklogItem("c", "niedrig", 1), new BacklogItem("a", "hoch", 1), new BacklogItem("b", "normal", 1) }, 7, AsOfWeek);
            Assert.Equal(new IsoWeek(2026, 50).Sunday, ends["a"]);
            Assert.Equal(new IsoWeek(2026, 52).Sunday, ends["b"]);
            Assert.Equal(new IsoWeek(2027, 1).Sunday, ends["c"]);
        }

        [Fact]
        public void ScheduleIsEmptyWithoutAForecast() =>
            Assert.Empty(ForecastSchedule.Spread(new[] { new BacklogItem("a", "hoch", 1) }, null, AsOfWeek));
    }
}
