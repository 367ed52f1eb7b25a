using System;
using FormFactory.Factory.Calendar;

namespace FormFactory.Factory.Forecasting
{
    /// <summary>One percentile of the forecast: in <paramref name="Percent"/> % of the runs the backlog was done by then.</summary>
    /// <param name="Percent">50, 85 or 95.</param>
    /// <param name="Weeks">Weeks after the as-of week; null when beyond the simulation's horizon.</param>
    /// <param name="Week">The week the backlog is done; null beyond the horizon, or (with <paramref name="Weeks"/> set) after the calendar's end, 9999-12-31.</param>
    /// <param name="Date">That week's Sunday; null when <paramref name="Week"/> is.</param>
    public sealed record ForecastPoint(int Percent, int? Weeks, IsoWeek? Week, DateOnly? Date)
    {
        /// <summary>True when the backlog is done within the horizon but after the calendar's last day.</summary>
        public bool AfterCalendar => Weeks != null && Week == null;
    }
}
