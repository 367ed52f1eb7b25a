using System;
using FormFactory.Factory.Calendar;

namespace FormFactory.Factory.Forecasting
{
    /// <summary>One percentile of the forecast: in <paramref name="Percent"/> % of the runs the backlog was done by then.</summary>
    /// <param name="Percent">50, 85 or 95.</param>
    /// <param name="Weeks">Weeks after the as-of week; null when beyond the simulation's horizon.</param>
    /// <param name="Week">The week the backlog is done; null beyond the horizon.</param>
    /// <param name="Date">That week's Sunday; null beyond the horizon.</param>
    public sealed record ForecastPoint(int Percent, int? Weeks, IsoWeek? Week, DateOnly? Date);
}
