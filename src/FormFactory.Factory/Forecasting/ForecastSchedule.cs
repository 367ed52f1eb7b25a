using System;
using System.Collections.Generic;
using System.Linq;
using FormFactory.Definitions.Binding;
using FormFactory.Factory.Calendar;

namespace FormFactory.Factory.Forecasting
{
    /// <summary>A backlog item to place on the forecast: its priority and effort decide its turn.</summary>
    /// <param name="ServiceId">The service.</param>
    /// <param name="Priority">Its priority code, or null.</param>
    /// <param name="EffortDays">Its estimated effort, or null.</param>
    public sealed record BacklogItem(string ServiceId, string? Priority, decimal? EffortDays);

    /// <summary>
    /// Gives each unfinished service a forecast end by spreading the forecast's P85 over the backlog.
    /// </summary>
    /// <remarks>
    /// The method, so the status table's dates can be explained to a council:
    /// <list type="number">
    /// <item>Order the backlog by priority (<c>sehr-hoch</c> first, no priority last), then by effort (smallest
    /// first, none last, so quick wins of equal priority come first), then by id.</item>
    /// <item>Take the P85 forecast: after <c>W</c> weeks the whole backlog of <c>N</c> services is done in 85 % of runs.</item>
    /// <item>The service in place <c>k</c> (1 to N) ends in week ⌈k · W / N⌉ after the as-of week, on that week's
    /// Sunday. The last one lands on P85 itself; the others share the weeks evenly.</item>
    /// </list>
    /// It is a plan, not a promise: the throughput is not per service, and a service already in progress gets no head start.
    /// </remarks>
    public static class ForecastSchedule
    {
        /// <summary>Forecast ends by service id; empty when <paramref name="p85Weeks"/> is null (no forecast) or nothing remains.</summary>
        public static IReadOnlyDictionary<string, DateOnly> Spread(IEnumerable<BacklogItem> backlog, int? p85Weeks, IsoWeek asOfWeek)
        {
            var result = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
            if (p85Weeks is not { } weeks) return result;
            var ordered = Order(backlog);
            int n = ordered.Count;
            for (int k = 1; k <= n; k++)
            {
                int week = (k * weeks + n - 1) / n;
                // A service the plan puts after the calendar's end gets no date (the forecast says why).
                if (asOfWeek.TryAddWeeks(week, out var end)) result[ordered[k - 1].ServiceId] = end.Sunday;
            }
            return result;
        }

        /// <summary>The backlog in the order it is worked off.</summary>
        public static IReadOnlyList<BacklogItem> Order(IEnumerable<BacklogItem> backlog) =>
            backlog
                .OrderBy(i => PriorityRank(i.Priority))
                .ThenBy(i => i.EffortDays == null ? 1 : 0).ThenBy(i => i.EffortDays ?? 0)
                .ThenBy(i => i.ServiceId, StringComparer.Ordinal)
                .ToList();

        private static int PriorityRank(string? priority)
        {
            for (int i = 0; i < Vocabulary.Priorities.Count; i++)
                if (Vocabulary.Priorities[i] == priority) return i;
            return Vocabulary.Priorities.Count;
        }
    }
}
