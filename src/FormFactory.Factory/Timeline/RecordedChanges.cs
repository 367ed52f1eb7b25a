using System;
using System.Collections.Generic;

namespace FormFactory.Factory.Timeline
{
    /// <summary>
    /// The period the report's data covers: the first and the last status change recorded on or before the as-of
    /// day. A last change long before that day means the histories were not kept up, and every weekly figure after
    /// it shows a factory standing still.
    /// </summary>
    /// <param name="First">The earliest recorded change.</param>
    /// <param name="Last">The latest recorded change.</param>
    public sealed record RecordedChanges(DateOnly First, DateOnly Last)
    {
        /// <summary>Days without any recorded change after which the report warns that its data may be stale (six weeks: a
        /// quiet month happens, two quiet months in a factory that reports weekly mean the histories were not kept).</summary>
        public const int StaleAfterDays = 42;

        /// <summary>The span of <paramref name="timelines"/>' history entries; null when none has any.</summary>
        public static RecordedChanges? Of(IEnumerable<ServiceTimeline> timelines)
        {
            DateOnly? first = null, last = null;
            foreach (var t in timelines)
                foreach (var change in t.History)
                {
                    if (first == null || change.On < first) first = change.On;
                    if (last == null || change.On > last) last = change.On;
                }
            return first == null ? null : new RecordedChanges(first.Value, last!.Value);
        }

        /// <summary>Days from the last recorded change to <paramref name="asOf"/>.</summary>
        public int DaysBefore(DateOnly asOf) => asOf.DayNumber - Last.DayNumber;

        /// <summary>True when nothing was recorded for more than <see cref="StaleAfterDays"/> days before <paramref name="asOf"/>.</summary>
        public bool EndsLongBefore(DateOnly asOf) => DaysBefore(asOf) > StaleAfterDays;
    }
}
