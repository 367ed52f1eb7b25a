using System;

namespace FormFactory.Synthetic
{
    /// <summary>What <see cref="CatalogSynthesizer"/> generates.</summary>
    public sealed record SynthOptions
    {
        /// <summary>The number of services (at least 1).</summary>
        public required int Services { get; init; }

        /// <summary>The number of tenants (municipalities); from 6 on every municipality type has at least one.</summary>
        public required int Tenants { get; init; }

        /// <summary>The seed: the same options give byte-identical files.</summary>
        public long Seed { get; init; } = 1;

        /// <summary>
        /// The factory's first day (a Monday is best). The history covers <see cref="HistoryWeeks"/> weeks from it; by
        /// default the three years from Monday 2023-11-20 to Sunday 2026-11-15.
        /// </summary>
        public DateOnly Start { get; init; } = new(2023, 11, 20);

        /// <summary>How many weeks of history: three years.</summary>
        public const int HistoryWeeks = 156;

        /// <summary>The last day of the history.</summary>
        public DateOnly End => Start.AddDays(HistoryWeeks * 7 - 1);
    }
}
