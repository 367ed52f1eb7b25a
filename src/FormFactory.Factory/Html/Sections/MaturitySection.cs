using System.Linq;
using FormFactory.Factory.Html.Charts;

namespace FormFactory.Factory.Html.Sections
{
    /// <summary>Maturity levels, current against target, as a chart with its table.</summary>
    internal static class MaturitySection
    {
        public const string Id = "maturity";

        public static void Write(HtmlWriter w, PageContext c)
        {
            var m = c.Report.Maturity;
            var p = c.Phrases;
            HtmlReport.OpenSection(w, Id, p.Maturity(m.Model));
            var categories = m.Levels.Select(l =>
            {
                var name = c.Texts.MaturityLabel(m.Model, l.Level);
                return PageContext.I(l.Level) + (name == null ? "" : " " + name);
            }).ToList();
            string Counts(System.Func<Tables.MaturityLevelCount, int> pick) =>
                string.Join(", ", m.Levels.Select(l => c.L("Stufe ", "level ") + PageContext.I(l.Level) + ": " + PageContext.I(pick(l))));
            var desc = c.L("Aktuell: ", "Current: ") + Counts(l => l.Current) + ". " + c.L("Ziel: ", "Target: ") + Counts(l => l.Target) + ". "
                + p.AtTarget(m.AtTarget, c.Report.StatusTable.Count)
                + (m.CurrentUnknown > 0 || m.TargetUnknown > 0
                    ? c.L($" Ohne Angabe: aktuell {PageContext.I(m.CurrentUnknown)}, Ziel {PageContext.I(m.TargetUnknown)}.", $" Not given: current {PageContext.I(m.CurrentUnknown)}, target {PageContext.I(m.TargetUnknown)}.")
                    : "");
            SvgChartWriter.Write(w, new ChartData("chart-maturity", c.L("Reifegrad: aktuell und Ziel", "Maturity: current and target"), desc,
                c.L("Reifegrad", "Maturity level"), c.L("Leistungen", "services"), categories, new[]
                {
                    new ChartSeries(p.Current, SeriesKind.Bars, m.Levels.Select(l => (decimal)l.Current).ToList(), 0),
                    new ChartSeries(c.L("Ziel", "target"), SeriesKind.Bars, m.Levels.Select(l => (decimal)l.Target).ToList(), 1),
                }), c.Language);
            w.Element("p", p.AtTarget(m.AtTarget, c.Report.StatusTable.Count)
                + (m.CurrentUnknown > 0 || m.TargetUnknown > 0
                    ? c.L($" Ohne Angabe: aktuell {PageContext.I(m.CurrentUnknown)}, Ziel {PageContext.I(m.TargetUnknown)}.", $" Not given: current {PageContext.I(m.CurrentUnknown)}, target {PageContext.I(m.TargetUnknown)}.")
                    : ""));
            w.Close();
        }
    }
}
