using System.Collections.Generic;
using System.Linq;
using FormFactory.Definitions.Model;
using FormFactory.Factory.Calendar;
using FormFactory.Factory.Timeline;

namespace FormFactory.Factory.Metrics
{
    /// <summary>Completed services per ISO week, from the factory's first week to the as-of week.</summary>
    public static class Throughput
    {
        /// <summary>One row per week of <paramref name="period"/>, zero weeks included.</summary>
        public static EquatableArray<ThroughputWeek> Compute(IEnumerable<ServiceTimeline> services, ReportPeriod period, decimal? targetPerWeek)
        {
            var perWeek = new Dictionary<IsoWeek, int>();
            foreach (var s in services)
                if (s.End is { } end)
                {
                    var w = IsoWeek.Of(end);
                    perWeek[w] = perWeek.TryGetValue(w, out var n) ? n + 1 : 1;
                }
            return period.Weeks
                .Select(w => new ThroughputWeek(w, perWeek.TryGetValue(w, out var n) ? n : 0, targetPerWeek, period.IsComplete(w)))
                .ToEquatableArray();
        }
    }
}
