using System;
using FormFactory.Definitions.Model;

namespace FormFactory.Factory.Metrics
{
    /// <summary>The cycle time of one completed service.</summary>
    /// <param name="ServiceId">The service.</param>
    /// <param name="Start">Its start (first <c>in-bearbeitung</c>, else first history date).</param>
    /// <param name="End">Its <c>abgeschlossen</c> date.</param>
    /// <param name="Days">Calendar days from start to end.</param>
    public sealed record CycleTimeItem(string ServiceId, DateOnly Start, DateOnly End, int Days);

    /// <summary>A histogram bucket of cycle times.</summary>
    /// <param name="FromDays">The smallest number of days in the bucket.</param>
    /// <param name="ToDays">The largest number of days in the bucket.</param>
    /// <param name="Count">Completed services in the bucket.</param>
    public sealed record HistogramBucket(int FromDays, int ToDays, int Count);

    /// <summary>How long completed services took, start to <c>abgeschlossen</c>.</summary>
    /// <param name="Items">Every completed service, shortest first, then by id.</param>
    /// <param name="Min">The shortest, in days; null when nothing is complete (as are all statistics).</param>
    /// <param name="Max">The longest, in days.</param>
    /// <param name="Mean">The mean in days, rounded half away from zero to one decimal.</param>
    /// <param name="P50">The median, nearest rank.</param>
    /// <param name="P85">The 85th percentile, nearest rank.</param>
    /// <param name="P95">The 95th percentile, nearest rank.</param>
    /// <param name="Buckets">Buckets of equal width from 0 days up to the bucket holding <paramref name="Max"/>, empty ones included.</param>
    public sealed record CycleTimeDistribution(EquatableArray<CycleTimeItem> Items, int? Min, int? Max, decimal? Mean, int? P50, int? P85, int? P95,
        EquatableArray<HistogramBucket> Buckets);
}
