using System;
using System.Collections.Generic;
using System.Linq;
using FormFactory.Definitions.Model;
using FormFactory.Factory.Timeline;

namespace FormFactory.Factory.Metrics
{
    /// <summary>The cycle time distribution of completed services.</summary>
    public static class CycleTime
    {
        /// <summary>Buckets of one week, the rhythm of the throughput series.</summary>
        public const int DefaultBucketDays = 7;

        /// <summary>The distribution over every service of <paramref name="services"/> with a start and an end.</summary>
        public static CycleTimeDistribution Compute(IEnumerable<ServiceTimeline> services, int bucketDays = DefaultBucketDays)
        {
            if (bucketDays < 1) throw new ArgumentOutOfRangeException(nameof(bucketDays));
            var items = services
                .Where(s => s.Start != null && s.End != null)
                .Select(s => new CycleTimeItem(s.ServiceId, s.Start!.Value, s.End!.Value, s.End!.Value.DayNumber - s.Start!.Value.DayNumber))
                .OrderBy(i => i.Days).ThenBy(i => i.ServiceId, StringComparer.Ordinal)
                .ToList();
            if (items.Count == 0)
                return new CycleTimeDistribution(EquatableArray<CycleTimeItem>.Empty, null, null, null, null, null, null, EquatableArray<HistogramBucket>.Empty);
            var days = items.Select(i => i.Days).ToList();
            int max = days[days.Count - 1];
            var buckets = new List<HistogramBucket>();
            for (int from = 0; from <= max; from += bucketDays)
            {
                int to = from + bucketDays - 1;
                buckets.Add(new HistogramBucket(from, to, days.Count(d => d >= from && d <= to)));
            }
            decimal mean = Math.Round((decimal)days.Sum() / days.Count, 1, MidpointRounding.AwayFromZero);
            return new CycleTimeDistribution(items.ToEquatableArray(), days[0], max, mean,
                Percentiles.NearestRank(days, 50), Percentiles.NearestRank(days, 85), Percentiles.NearestRank(days, 95), buckets.ToEquatableArray());
        }
    }
}
