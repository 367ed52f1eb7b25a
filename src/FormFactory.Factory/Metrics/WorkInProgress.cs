using System.Collections.Generic;
using System.Linq;
using FormFactory.Definitions.Model;
using FormFactory.Factory.Timeline;

namespace FormFactory.Factory.Metrics
{
    /// <summary>Work in progress: services <c>in-bearbeitung</c> at the end of each week (Sunday).</summary>
    public static class WorkInProgress
    {
        /// <summary>
        /// One count per week of <paramref name="period"/>. Only dated history counts: a service without history
        /// cannot be placed in a week. A service started and finished within one week is not in progress at its end.
        /// </summary>
        public static EquatableArray<WeekCount> Compute(IReadOnlyList<ServiceTimeline> services, ReportPeriod period) =>
            period.Weeks.Select(w => new WeekCount(w, services.Count(s => s.StatusOn(w.Sunday) == StatusCodes.InProgress))).ToEquatableArray();
    }
}
