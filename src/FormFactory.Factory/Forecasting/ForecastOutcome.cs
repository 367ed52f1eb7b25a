namespace FormFactory.Factory.Forecasting
{
    /// <summary>Whether a forecast could be made.</summary>
    public enum ForecastOutcome
    {
        /// <summary>The simulation ran; the percentiles hold its result.</summary>
        Forecast,
        /// <summary>Nothing remains: the backlog is done.</summary>
        NothingRemaining,
        /// <summary>No week has ended since the factory started, so there is no throughput to sample.</summary>
        NoHistory,
        /// <summary>No service was completed in any observed week: at that pace the backlog is never done, so no forecast is possible.</summary>
        NoThroughput,
    }
}
