using System;
using FormFactory.Factory.Calendar;

namespace FormFactory.Factory.Forecasting
{
    /// <summary>The weekly throughput needed to finish the remaining backlog by a deadline.</summary>
    /// <param name="Deadline">The day the backlog should be done.</param>
    /// <param name="Remaining">Services still to do.</param>
    /// <param name="Weeks">
    /// Weeks left: the ISO weeks after the as-of week up to and including the deadline's week, the same weeks the
    /// forecast counts; 0 when the deadline lies in the as-of week or before.
    /// </param>
    /// <param name="PerWeek">
    /// Services per week, rounded up to two decimals (rounding down would miss the deadline); 0 when nothing
    /// remains, null when services remain but no week is left.
    /// </param>
    public sealed record RequiredPace(DateOnly Deadline, int Remaining, int Weeks, decimal? PerWeek)
    {
        /// <summary>The pace needed to do <paramref name="remaining"/> services between the as-of day and <paramref name="deadline"/>.</summary>
        public static RequiredPace Compute(int remaining, DateOnly asOf, DateOnly deadline)
        {
            if (remaining < 0) throw new ArgumentOutOfRangeException(nameof(remaining));
            int weeks = Math.Max(0, IsoWeek.WeeksBetween(IsoWeek.Of(asOf), IsoWeek.Of(deadline)));
            decimal? perWeek = remaining == 0 ? 0m
                : weeks == 0 ? null
                : Math.Ceiling(remaining * 100m / weeks) / 100m;
            return new RequiredPace(deadline, remaining, weeks, perWeek);
        }
    }
}
