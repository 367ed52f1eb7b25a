using System;

namespace FormFactory.Factory.Timeline
{
    /// <summary>A status a service entered on a day (one history entry, with its date parsed).</summary>
    public readonly record struct DatedStatus(string Status, DateOnly On);
}
