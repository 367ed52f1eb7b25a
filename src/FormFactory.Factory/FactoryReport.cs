using System;
using FormFactory.Definitions.Model;
using FormFactory.Factory.Forecasting;
using FormFactory.Factory.Metrics;
using FormFactory.Factory.Tables;

namespace FormFactory.Factory
{
    /// <summary>Everything the factory report shows, computed once; the exports only format it.</summary>
    /// <param name="FactoryName">The factory's name (<c>factory.json</c>).</param>
    /// <param name="AsOf">The report's day.</param>
    /// <param name="Language">The language of its texts.</param>
    /// <param name="Scope">What it covers.</param>
    /// <param name="FactoryStart">The factory's start, if <c>factory.json</c> gives one.</param>
    /// <param name="TargetPerWeek">The weekly target, if <c>factory.json</c> gives one.</param>
    /// <param name="Period">The weeks of the weekly series.</param>
    /// <param name="StatusTable">Every service in scope, by Themenfeld, Leistungsbündel and title.</param>
    /// <param name="StatusCounts">Services per status.</param>
    /// <param name="PriorityCounts">Services per priority.</param>
    /// <param name="Throughput">Services completed per week.</param>
    /// <param name="BurnUp">Cumulative completions and scope per week.</param>
    /// <param name="WorkInProgress">Services in progress at each week's end.</param>
    /// <param name="CycleTime">How long completed services took.</param>
    /// <param name="Forecast">When the remaining backlog will be done.</param>
    /// <param name="RequiredPace">The pace needed to be done by the deadline.</param>
    /// <param name="Relevance">Services per Themenfeld and municipality type.</param>
    /// <param name="Maturity">Maturity levels, current against target.</param>
    public sealed record FactoryReport(string FactoryName, DateOnly AsOf, string Language, ReportScope Scope, DateOnly? FactoryStart, decimal? TargetPerWeek,
        ReportPeriod Period, EquatableArray<StatusRow> StatusTable, EquatableArray<CountRow> StatusCounts, EquatableArray<CountRow> PriorityCounts,
        EquatableArray<ThroughputWeek> Throughput, EquatableArray<BurnUpPoint> BurnUp, EquatableArray<WeekCount> WorkInProgress,
        CycleTimeDistribution CycleTime, Forecast Forecast, RequiredPace RequiredPace, RelevanceMatrix Relevance, MaturityDistribution Maturity)
    {
        /// <summary>The first and last status change recorded up to the as-of day; null when the services in scope have no history.</summary>
        public Timeline.RecordedChanges? Recorded { get; init; }
    }
}
