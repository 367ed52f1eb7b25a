using System;
using System.Collections.Generic;
using System.Linq;
using FormFactory.Definitions.Model;
using FormFactory.Factory.Calendar;
using FormFactory.Factory.Metrics;

namespace FormFactory.Factory.Forecasting
{
    /// <summary>
    /// Forecasts the backlog's completion by resampling history: each run draws, week after week, the throughput of
    /// a randomly chosen observed week until the remaining services are done, and the percentiles of the runs'
    /// lengths answer "by when, with what confidence". It needs no estimate per service, only the past pace.
    /// </summary>
    public static class MonteCarloForecast
    {
        /// <summary>Runs per forecast: enough for stable percentiles, fast enough for every report.</summary>
        public const int DefaultRuns = 10_000;

        /// <summary>Ten years: a run that needs longer stops there and counts as "later", so a trickle of throughput cannot stall the report.</summary>
        public const int DefaultHorizonWeeks = 520;

        /// <summary>The percentiles reported.</summary>
        public static readonly IReadOnlyList<int> Percents = new[] { 50, 85, 95 };

        /// <summary>
        /// Forecasts from the throughput series. Only complete weeks are sampled (the as-of week is still running
        /// unless the as-of day is a Sunday), and the simulation starts with the week after the as-of week, so the
        /// rest of the as-of week is not counted: a slightly cautious choice. Results are deterministic for a given
        /// <paramref name="seed"/> on a given .NET runtime. .NET keeps the seeded <see cref="Random(int)"/> sequence
        /// stable in practice but does not promise it across major versions: after a runtime upgrade, a changed
        /// forecast in the golden files is worth a look before it is approved.
        /// </summary>
        /// <param name="throughput">The weekly throughput (see <see cref="Throughput"/>).</param>
        /// <param name="remaining">Services still to do.</param>
        /// <param name="asOfWeek">The as-of week: the forecast counts weeks after it.</param>
        /// <param name="seed">The random seed.</param>
        /// <param name="runs">Simulation runs.</param>
        /// <param name="horizonWeeks">Where a run gives up.</param>
        public static Forecast Compute(IEnumerable<ThroughputWeek> throughput, int remaining, IsoWeek asOfWeek, int seed,
            int runs = DefaultRuns, int horizonWeeks = DefaultHorizonWeeks)
        {
            if (remaining < 0) throw new ArgumentOutOfRangeException(nameof(remaining));
            if (runs < 1) throw new ArgumentOutOfRangeException(nameof(runs));
            if (horizonWeeks < 1) throw new ArgumentOutOfRangeException(nameof(horizonWeeks));
            var samples = throughput.Where(w => w.IsComplete).Select(w => w.Completed).ToArray();
            int completed = samples.Sum();
            decimal? mean = samples.Length == 0 ? null : Math.Round((decimal)completed / samples.Length, 2, MidpointRounding.AwayFromZero);
            Forecast Without(ForecastOutcome outcome) =>
                new(outcome, remaining, samples.Length, completed, mean, runs, seed, horizonWeeks, EquatableArray<ForecastPoint>.Empty);
            if (remaining == 0) return Without(ForecastOutcome.NothingRemaining);
            if (samples.Length == 0) return Without(ForecastOutcome.NoHistory);
            if (completed == 0) return Without(ForecastOutcome.NoThroughput);

            var random = new Random(seed);
            var weeks = new int[runs];
            for (int run = 0; run < runs; run++)
            {
                int done = 0, week = 0;
                while (done < remaining && week <= horizonWeeks)
                {
                    week++;
                    done += samples[random.Next(samples.Length)];
                }
                weeks[run] = week; // horizonWeeks + 1 stands for "later than the horizon"
            }
            Array.Sort(weeks);
            var points = Percents.Select(p =>
            {
                int w = Percentiles.NearestRank(weeks, p);
                if (w > horizonWeeks) return new ForecastPoint(p, null, null, null);
                // Done after the calendar's last week: the weeks are known, the week and day are not.
                if (!asOfWeek.TryAddWeeks(w, out var doneWeek)) return new ForecastPoint(p, w, null, null);
                return new ForecastPoint(p, w, doneWeek, doneWeek.Sunday);
            });
            return new Forecast(ForecastOutcome.Forecast, remaining, samples.Length, completed, mean, runs, seed, horizonWeeks, points.ToEquatableArray());
        }
    }
}
