using FormFactory.Factory.Calendar;

namespace FormFactory.Factory.Metrics
{
    /// <summary>The burn-up chart at the end of one week.</summary>
    /// <param name="Week">The ISO week.</param>
    /// <param name="Completed">Services completed by the week's end, cumulated.</param>
    /// <param name="Scope">Services in the factory at the week's end that are not deferred (done ones included): the line the completed line climbs towards.</param>
    public sealed record BurnUpPoint(IsoWeek Week, int Completed, int Scope);
}
