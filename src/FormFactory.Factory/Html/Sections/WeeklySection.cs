using System.Linq;
using FormFactory.Factory.Html.Charts;

namespace FormFactory.Factory.Html.Sections
{
    /// <summary>Three charts over the ISO weeks: throughput against the target, burn-up, and work in progress.</summary>
    internal static class WeeklySection
    {
        public const string Id = "weekly";

        public static void Write(HtmlWriter w, PageContext c)
        {
            var r = c.Report;
            HtmlReport.OpenSection(w, Id, c.Phrases.Weekly);
            if (r.Throughput.Count == 0)
            {
                w.Element("p", c.Phrases.NotStarted);
                w.Close();
                return;
            }
            var weeks = r.Throughput.Select(t => t.Week.ToString()).ToList();
            string span = c.Phrases.WeeksCovered(weeks.Count, weeks[0], weeks[^1], !r.Period.IsComplete(r.Period.Last));
            SvgChartWriter.Write(w, Throughput(c, weeks, span), c.Language);
            SvgChartWriter.Write(w, BurnUp(c, weeks, span), c.Language);
            SvgChartWriter.Write(w, Wip(c, weeks, span), c.Language);
            w.Close();
        }

        private static ChartData Throughput(PageContext c, System.Collections.Generic.List<string> weeks, string span)
        {
            var t = c.Report.Throughput;
            int total = t.Sum(x => x.Completed), max = t.Max(x => x.Completed);
            var desc = span + c.Phrases.ThroughputSummary(total, max);
            if (c.Report.TargetPerWeek is { } target)
                desc += c.Phrases.TargetMetSummary(target, t.Count(x => x.IsComplete && x.MetTarget == true), t.Count(x => x.IsComplete));
            return new ChartData("chart-throughput", c.L("Durchsatz je Woche gegen das Ziel", "Throughput per week against the target"), desc,
                c.L("Kalenderwoche (ISO)", "Week (ISO)"), c.L("abgeschlossene Leistungen", "completed services"), weeks,
                new[] { new ChartSeries(c.Phrases.Completed, SeriesKind.Bars, t.Select(x => (decimal)x.Completed).ToList()) },
                c.Report.TargetPerWeek is { } tp ? new ChartReference(c.L("Ziel", "Target"), tp) : null);
        }

        private static ChartData BurnUp(PageContext c, System.Collections.Generic.List<string> weeks, string span)
        {
            var b = c.Report.BurnUp;
            var last = b[b.Count - 1];
            var desc = span + c.Phrases.BurnUpSummary(last.Completed, last.Scope);
            return new ChartData("chart-burnup", c.L("Burn-up: abgeschlossene Leistungen und Umfang", "Burn-up: completed services and scope"), desc,
                c.L("Kalenderwoche (ISO)", "Week (ISO)"), c.L("Leistungen", "services"), weeks, new[]
                {
                    new ChartSeries(c.L("abgeschlossen (kumuliert)", "completed (cumulative)"), SeriesKind.Line, b.Select(x => (decimal)x.Completed).ToList(), 0),
                    new ChartSeries(c.L("Umfang", "scope"), SeriesKind.Line, b.Select(x => (decimal)x.Scope).ToList(), 1),
                });
        }

        private static ChartData Wip(PageContext c, System.Collections.Generic.List<string> weeks, string span)
        {
            var wip = c.Report.WorkInProgress;
            int max = wip.Max(x => x.Count);
            var peak = wip.First(x => x.Count == max).Week;
            var desc = span + c.Phrases.WipSummary(max, peak.ToString(), wip[wip.Count - 1].Count);
            return new ChartData("chart-wip", c.L("Laufende Arbeit: Leistungen in Bearbeitung am Wochenende", "Work in progress: services in progress at each week's end"), desc,
                c.L("Kalenderwoche (ISO)", "Week (ISO)"), c.L("Leistungen in Bearbeitung", "services in progress"), weeks,
                new[] { new ChartSeries(c.Phrases.InProgress, SeriesKind.Bars, wip.Select(x => (decimal)x.Count).ToList()) });
        }
    }
}
