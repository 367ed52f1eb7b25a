using System;
using System.Collections.Generic;

namespace FormFactory.Factory
{
    /// <summary>What <see cref="FactoryReportBuilder.Build"/> reports on, and how.</summary>
    public sealed record ReportOptions
    {
        /// <summary>The report's day: history after it is ignored, and weeks are counted up to its week. Fixing it makes a report reproducible.</summary>
        public required DateOnly AsOf { get; init; }

        /// <summary>Report only the services this tenant offers. Excludes <see cref="MunicipalityType"/>.</summary>
        public string? Tenant { get; init; }

        /// <summary>Report only the services relevant for this municipality type. Excludes <see cref="Tenant"/>.</summary>
        public string? MunicipalityType { get; init; }

        /// <summary>The language of titles and texts: <c>de</c> (default) or <c>en</c>; texts missing in English fall back to German.</summary>
        public string Language { get; init; } = "de";

        /// <summary>The forecast's random seed.</summary>
        public int Seed { get; init; } = 1;

        /// <summary>The forecast's runs.</summary>
        public int Runs { get; init; } = Forecasting.MonteCarloForecast.DefaultRuns;

        /// <summary>The day the backlog should be done, for the required pace; default: 31 December of the as-of year.</summary>
        public DateOnly? Deadline { get; init; }

        /// <summary>The languages a report can be written in.</summary>
        public static readonly IReadOnlyList<string> Languages = new[] { "de", "en" };
    }
}
