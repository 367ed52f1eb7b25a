using FormFactory.Factory.Calendar;

namespace FormFactory.Factory.Metrics
{
    /// <summary>A count for one ISO week.</summary>
    public sealed record WeekCount(IsoWeek Week, int Count);
}
