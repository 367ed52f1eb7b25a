using System.Collections.Generic;
using System.Linq;
using FormFactory.Factory.Html.Charts;
using static FormFactory.Factory.Html.HtmlTable;

namespace FormFactory.Factory.Html.Sections
{
    /// <summary>Cycle time: the statistics and a histogram in buckets of a week.</summary>
    internal static class CycleTimeSection
    {
        public const string Id = "cycle-time";

        public static void Write(HtmlWriter w, PageContext c)
        {
            var t = c.Report.CycleTime;
            var p = c.Phrases;
            HtmlReport.OpenSection(w, Id, p.CycleTime);
            if (t.Items.Count == 0)
            {
                w.Element("p", p.NoCompletion);
                w.Close();
                return;
            }
            HtmlTable.Write(w, c.L("Durchlaufzeit in Tagen", "Cycle time in days"), new[] { new Column(p.Measure), new Column(p.Days, true) }, new[]
            {
                new[] { p.CompletedServices, PageContext.I(t.Items.Count) },
                new[] { p.Shortest, PageContext.I(t.Min) },
                new[] { p.Median, PageContext.I(t.P50) },
                new[] { "P85", PageContext.I(t.P85) },
                new[] { "P95", PageContext.I(t.P95) },
                new[] { p.Longest, PageContext.I(t.Max) },
                new[] { p.Mean, c.N(t.Mean) },
            });
            var categories = t.Buckets.Select(b => PageContext.I(b.FromDays) + "–" + PageContext.I(b.ToDays)).ToList();
            // With completed services every percentile exists.
            var desc = p.CycleTimeSummary(t.Items.Count, t.P50!.Value, t.P85!.Value, t.Max!.Value);
            SvgChartWriter.Write(w, new ChartData("chart-cycle-time", c.L("Verteilung der Durchlaufzeit", "Cycle time distribution"), desc,
                c.L("Durchlaufzeit in Tagen", "Cycle time in days"), c.L("Leistungen", "services"), categories,
                new[] { new ChartSeries(p.Services, SeriesKind.Bars, t.Buckets.Select(b => (decimal)b.Count).ToList()) }), c.Language);
            w.Close();
        }
    }
}
