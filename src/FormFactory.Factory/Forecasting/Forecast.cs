using FormFactory.Definitions.Model;

namespace FormFactory.Factory.Forecasting
{
    /// <summary>When the remaining backlog will be done, as a Monte Carlo simulation over the observed weekly throughput.</summary>
    /// <param name="Outcome">Whether a forecast was possible; the points are empty unless it is <see cref="ForecastOutcome.Forecast"/>.</param>
    /// <param name="Remaining">Services still to do (all but <c>abgeschlossen</c> and <c>zurueckgestellt</c>).</param>
    /// <param name="SampleWeeks">Complete weeks whose throughput was sampled.</param>
    /// <param name="SampleCompleted">Services completed in those weeks.</param>
    /// <param name="MeanPerWeek">The sampled weeks' mean throughput, rounded half away from zero to two decimals; null without weeks.</param>
    /// <param name="Runs">Simulation runs.</param>
    /// <param name="Seed">The random seed: the same seed and inputs give the same forecast.</param>
    /// <param name="HorizonWeeks">Runs that are not done after this many weeks stop and count as "later".</param>
    /// <param name="Points">P50, P85 and P95.</param>
    public sealed record Forecast(ForecastOutcome Outcome, int Remaining, int SampleWeeks, int SampleCompleted, decimal? MeanPerWeek,
        int Runs, int Seed, int HorizonWeeks, EquatableArray<ForecastPoint> Points)
    {
        /// <summary>The point for <paramref name="percent"/>, if the forecast has it.</summary>
        public ForecastPoint? Point(int percent)
        {
            foreach (var p in Points)
                if (p.Percent == percent) return p;
            return null;
        }
    }
}
