using System.Linq;
using FormFactory.Factory.Metrics;
using static FormFactory.Factory.Tests.Support.Histories;

namespace FormFactory.Factory.Tests
{
    public class CycleTimeTests
    {
        [Fact]
        public void CycleTimeRunsFromStartToCompletionInCalendarDays()
        {
            var c = CycleTime.Compute(new[]
            {
                Service("a", "in-planung 2026-01-01", "in-bearbeitung 2026-01-05", "abgeschlossen 2026-01-15"), // 10
                Service("b", "in-bearbeitung 2026-01-05", "abgeschlossen 2026-01-08"),                          // 3
                Service("c", "in-planung 2026-01-05", "abgeschlossen 2026-01-26"),                              // 21, no in-bearbeitung: from first entry
                Service("d", "in-bearbeitung 2026-01-05"),                                                      // not done
            });
            Assert.Equal(new[] { ("b", 3), ("a", 10), ("c", 21) }, c.Items.Select(i => (i.ServiceId, i.Days)));
            Assert.Equal(3, c.Min);
            Assert.Equal(21, c.Max);
            Assert.Equal(11.3m, c.Mean); // 34 / 3 = 11.33
        }

        [Fact]
        public void PercentilesUseNearestRank()
        {
            // Ten services taking 1 to 10 days.
            var c = CycleTime.Compute(Enumerable.Range(1, 10).Select(d =>
                Service("s" + d, "in-bearbeitung 2026-03-01", "abgeschlossen " + Day("2026-03-01").AddDays(d).ToString("yyyy-MM-dd"))));
            Assert.Equal(5, c.P50);  // rank ⌈5⌉
            Assert.Equal(9, c.P85);  // rank ⌈8.5⌉
            Assert.Equal(10, c.P95); // rank ⌈9.5⌉
            Assert.Equal(5.5m, c.Mean);
        }

        [Fact]
        public void HistogramHasWeekWideBucketsUpToTheLongest()
        {
            var c = CycleTime.Compute(new[]
            {
                Service("a", "in-bearbeitung 2026-01-05", "abgeschlossen 2026-01-05"), // 0
                Service("b", "in-bearbeitung 2026-01-05", "abgeschlossen 2026-01-12"), // 7
                Service("c", "in-bearbeitung 2026-01-05", "abgeschlossen 2026-01-18"), // 13
                Service("d", "in-bearbeitung 2026-01-05", "abgeschlossen 2026-01-27"), // 22
            });
            Assert.Equal(new[] { (0, 6, 1), (7, 13, 2), (14, 20, 0), (21, 27, 1) }, c.Buckets.Select(b => (b.FromDays, b.ToDays, b.Count)));
        }

        [Fact]
        public void NothingCompletedGivesAnEmptyDistribution()
        {
            var c = CycleTime.Compute(new[] { Service("a", "in-bearbeitung 2026-01-05") });
            Assert.Empty(c.Items);
            Assert.Null(c.P50);
            Assert.Null(c.Mean);
            Assert.Empty(c.Buckets);
        }

        [Theory]
        [InlineData(50, 1)]
        [InlineData(85, 1)]
        [InlineData(100, 1)]
        public void PercentileOfOneValueIsThatValue(int percent, int expected) =>
            Assert.Equal(expected, Percentiles.NearestRank(new[] { 1 }, percent));

        [Fact]
        public void PercentileOfFourValues()
        {
            var values = new[] { 2, 4, 6, 8 };
            Assert.Equal(4, Percentiles.NearestRank(values, 50)); // rank 2
            Assert.Equal(8, Percentiles.NearestRank(values, 85)); // rank ⌈3.4⌉ = 4
            Assert.Equal(6, Percentiles.NearestRank(values, 75)); // rank 3
        }
    }
}
