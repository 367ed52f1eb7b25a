using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Model;
using FormFactory.Factory.Calendar;
using FormFactory.Factory.Forecasting;
using FormFactory.Factory.Metrics;
using FormFactory.Factory.Tables;
using FormFactory.Factory.Timeline;

namespace FormFactory.Factory
{
    /// <summary>Computes a <see cref="FactoryReport"/> from a bound catalog.</summary>
    public static class FactoryReportBuilder
    {
        /// <summary>
        /// Builds the report. Deterministic: the same catalog and options give an equal report (no clock, no
        /// culture, seeded forecast, ordinal ordering).
        /// </summary>
        /// <remarks>
        /// Everything is computed over the services in scope, throughput and forecast included: a tenant's report
        /// forecasts its own backlog from the pace at which its own services were completed. A service whose history
        /// starts after the as-of day is left out (it was not in the factory yet); one without history counts with its
        /// declared status, and one without a <c>factory</c> block counts as remaining, with no status.
        /// </remarks>
        /// <exception cref="ArgumentException">Both a tenant and a type are given, the tenant or type is unknown, or the language is not supported.</exception>
        public static FactoryReport Build(Catalog catalog, ReportOptions options)
        {
            var (scope, forms) = Select(catalog, options);
            var asOf = options.AsOf;
            var entries = forms
                .Select(f => (Form: f, Timeline: ServiceTimeline.Of(f, asOf)))
                .Where(e => e.Timeline != null)
                .Select(e => (e.Form, Timeline: e.Timeline!))
                .ToList();
            var timelines = entries.Select(e => e.Timeline).ToList();
            var settings = catalog.Settings;
            DateOnly? factoryStart = settings.Start == null ? null : DateOnly.ParseExact(settings.Start, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var period = ReportPeriod.For(factoryStart, timelines, asOf);
            var asOfWeek = IsoWeek.Of(asOf);

            var throughput = Throughput.Compute(timelines, period, settings.TargetPerWeek);
            var backlog = entries
                .Where(e => StatusCodes.IsRemaining(e.Timeline.Status))
                .Select(e => new BacklogItem(e.Form.Id, e.Form.Factory?.Priority, e.Form.Factory?.EffortDays))
                .ToList();
            var forecast = MonteCarloForecast.Compute(throughput, backlog.Count, asOfWeek, options.Seed, options.Runs);
            var pace = RequiredPace.Compute(backlog.Count, asOf, options.Deadline ?? new DateOnly(asOf.Year, 12, 31));
            var forecastEnds = ForecastSchedule.Spread(backlog, forecast.Point(85)?.Weeks, asOfWeek);

            var rows = entries
                .Select(e => Row(e.Form, e.Timeline, forecastEnds, catalog, options.Language))
                .OrderBy(r => r.Themenfeld == null ? 1 : 0).ThenBy(r => r.Themenfeld, StringComparer.Ordinal)
                .ThenBy(r => r.Leistungsbuendel == null ? 1 : 0).ThenBy(r => r.Leistungsbuendel, StringComparer.Ordinal)
                .ThenBy(r => r.Title, StringComparer.Ordinal).ThenBy(r => r.ServiceId, StringComparer.Ordinal)
                .ToEquatableArray();
            var scoped = entries.Select(e => e.Form).ToList();

            return new FactoryReport(settings.Name, asOf, options.Language, scope, factoryStart, settings.TargetPerWeek, period, rows,
                Counts.ByStatus(timelines.Select(t => t.Status)),
                Counts.ByPriority(scoped.Select(f => f.Factory?.Priority)),
                throughput,
                BurnUp.Compute(timelines, period),
                WorkInProgress.Compute(timelines, period),
                CycleTime.Compute(timelines),
                forecast, pace,
                RelevanceMatrix.Compute(scoped),
                MaturityDistribution.Compute(scoped, settings))
            {
                Recorded = RecordedChanges.Of(timelines),
            };
        }

        private static (ReportScope Scope, IReadOnlyList<FormModel> Forms) Select(Catalog catalog, ReportOptions options)
        {
            if (!ReportOptions.Languages.Contains(options.Language))
                throw new ArgumentException($"Unsupported language '{options.Language}'; use one of: {string.Join(", ", ReportOptions.Languages)}.", nameof(options));
            if (options.Tenant != null && options.MunicipalityType != null)
                throw new ArgumentException("Give a tenant or a municipality type, not both.", nameof(options));
            if (options.Tenant != null)
            {
                var tenant = catalog.Tenant(options.Tenant)
                    ?? throw new ArgumentException($"Unknown tenant '{options.Tenant}'.", nameof(options));
                var forms = tenant.Offers.Select(catalog.Form).Where(f => f != null).Select(f => f!).ToList();
                return (new ReportScope(ReportScopeKind.Tenant, tenant.Id, tenant.Name), forms);
            }
            if (options.MunicipalityType != null)
            {
                if (!Vocabulary.MunicipalityTypes.Contains(options.MunicipalityType))
                    throw new ArgumentException($"Unknown municipality type '{options.MunicipalityType}'.", nameof(options));
                var forms = catalog.Forms.Where(f => f.Relevance.Contains(options.MunicipalityType)).ToList();
                return (new ReportScope(ReportScopeKind.MunicipalityType, options.MunicipalityType, null), forms);
            }
            return (ReportScope.All, catalog.Forms.ToList());
        }

        private static StatusRow Row(FormModel form, ServiceTimeline timeline, IReadOnlyDictionary<string, DateOnly> forecastEnds, Catalog catalog, string language)
        {
            var info = form.Factory;
            DateOnly? end = timeline.End;
            bool forecast = false;
            if (end == null && forecastEnds.TryGetValue(form.Id, out var f))
            {
                end = f;
                forecast = true;
            }
            var reuse = (info?.Reuse ?? EquatableArray<string>.Empty).Select(id => catalog.Tenant(id)?.Name ?? id).ToEquatableArray();
            bool showImpact = info?.Priority is "hoch" or "sehr-hoch";
            return new StatusRow(form.Id, form.Title.Get(language), form.Ozg?.Themenfeld, form.Ozg?.Leistungsbuendel, timeline.Status, info?.Priority,
                info?.EffortDays, timeline.Start, end, forecast, info?.Owner, reuse, info?.Maturity, info?.MaturityTarget,
                showImpact ? info?.Impact?.Before?.Get(language) : null, showImpact ? info?.Impact?.After?.Get(language) : null);
        }
    }
}
