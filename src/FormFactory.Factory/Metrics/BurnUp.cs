using System.Collections.Generic;
using System.Linq;
using FormFactory.Definitions.Model;
using FormFactory.Factory.Timeline;

namespace FormFactory.Factory.Metrics
{
    /// <summary>Cumulative completions and the scope they climb towards, per week.</summary>
    public static class BurnUp
    {
        /// <summary>
        /// One point per week of <paramref name="period"/>. A service counts in the scope from the week of its first
        /// history entry until it is deferred; a service without dated history counts from the start, with its
        /// declared status.
        /// </summary>
        public static EquatableArray<BurnUpPoint> Compute(IReadOnlyList<ServiceTimeline> services, ReportPeriod period) =>
            period.Weeks.Select(w =>
            {
                var end = w.Sunday;
                int completed = services.Count(s => s.End is { } e && e <= end);
                int scope = services.Count(s => s.KnownOn(end) && (s.History.Count == 0 ? s.Status : s.StatusOn(end)) != StatusCodes.Deferred);
                return new BurnUpPoint(w, completed, scope);
            }).ToEquatableArray();
    }
}
