using System;
using System.Collections.Generic;
using FormFactory.Factory.Calendar;
using FormFactory.Factory.Timeline;

namespace FormFactory.Factory.Metrics
{
    /// <summary>The weeks every weekly series covers: from the factory's first week to the as-of week, both included.</summary>
    /// <param name="First">The first week.</param>
    /// <param name="AsOf">The as-of day; its week is the last, and it is complete only when the day is a Sunday.</param>
    public sealed record ReportPeriod(IsoWeek First, DateOnly AsOf)
    {
        /// <summary>The as-of day's week, the last of the period.</summary>
        public IsoWeek Last => IsoWeek.Of(AsOf);

        /// <summary>Every week of the period (none when the factory starts after the as-of day).</summary>
        public IEnumerable<IsoWeek> Weeks => IsoWeek.Range(First, Last);

        /// <summary>True when <paramref name="week"/> has ended by the as-of day, so its counts are final.</summary>
        public bool IsComplete(IsoWeek week) => week.Sunday <= AsOf;

        /// <summary>
        /// The period for a factory that started on <paramref name="factoryStart"/> (<c>factory.json</c> <c>start</c>).
        /// Without a start, the earliest dated history entry begins it (or the as-of week when there is none); a
        /// completion dated before the start moves the first week back, so throughput never loses one.
        /// </summary>
        public static ReportPeriod For(DateOnly? factoryStart, IEnumerable<ServiceTimeline> services, DateOnly asOf)
        {
            DateOnly? earliest = null, earliestEnd = null;
            foreach (var s in services)
            {
                if (s.History.Count > 0 && (earliest == null || s.History[0].On < earliest)) earliest = s.History[0].On;
                if (s.End is { } end && (earliestEnd == null || end < earliestEnd)) earliestEnd = end;
            }
            var first = factoryStart ?? earliest ?? asOf;
            if (earliestEnd is { } e && e < first) first = e;
            return new ReportPeriod(IsoWeek.Of(first), asOf);
        }
    }
}
