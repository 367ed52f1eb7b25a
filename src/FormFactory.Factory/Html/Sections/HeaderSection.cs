using FormFactory.Factory.Export;
using static FormFactory.Factory.Html.HtmlWriter;

namespace FormFactory.Factory.Html.Sections
{
    /// <summary>The page heading, what the report covers, and the key figures at a glance.</summary>
    internal static class HeaderSection
    {
        public static void Write(HtmlWriter w, PageContext c)
        {
            var r = c.Report;
            var p = c.Phrases;
            w.Open("header");
            w.Element("h1", p.TitlePrefix + r.FactoryName);
            w.Open("dl", new Attr("class", "facts"));
            Fact(w, p.AsOf, ReportFormat.Date(r.AsOf) + " (" + r.Period.Last + ")");
            var scope = r.Scope.Kind switch
            {
                ReportScopeKind.Tenant => p.ServicesOfTenant + r.Scope.Name + " (" + r.Scope.Id + ")",
                ReportScopeKind.MunicipalityType => p.ServicesOfType + c.Texts.TypeLabel(r.Scope.Id!),
                _ => p.AllServices,
            };
            Fact(w, p.Scope, scope + ", " + p.CountOfServices(r.StatusTable.Count));
            Fact(w, p.FactoryStart, r.FactoryStart is { } s ? ReportFormat.Date(s) : c.Texts.None);
            Fact(w, c.L("Ziel", "Target"), r.TargetPerWeek is { } t ? p.TargetPerWeek(t) : c.Texts.None);
            Fact(w, p.RecordedChanges, r.Recorded is { } recorded ? p.RecordedSpan(ReportFormat.Date(recorded.First), ReportFormat.Date(recorded.Last)) : p.NothingRecorded);
            w.Close();
            if (r.Recorded is { } rec && rec.EndsLongBefore(r.AsOf))
                w.Element("p", p.StaleData(ReportFormat.Date(rec.Last), rec.DaysBefore(r.AsOf), ReportFormat.Date(r.AsOf)), new Attr("class", "stale"), new Attr("role", "note"));
            KeyFigures(w, c);
            w.Close();
        }

        private static void Fact(HtmlWriter w, string term, string value)
        {
            w.Element("dt", term);
            w.Element("dd", value);
        }

        private static void KeyFigures(HtmlWriter w, PageContext c)
        {
            var r = c.Report;
            int completed = 0;
            foreach (var row in r.StatusCounts)
                if (row.Key == Timeline.StatusCodes.Completed) completed = row.Count;
            var p85 = r.Forecast.Point(85);
            w.Open("ul", new Attr("class", "key-figures"), new Attr("aria-label", c.L("Kennzahlen", "Key figures")));
            Figure(w, PageContext.I(completed), c.L("abgeschlossen", "completed"));
            Figure(w, PageContext.I(r.Forecast.Remaining), c.Phrases.RemainingFigure);
            Figure(w, p85?.Date is { } d ? ReportFormat.Date(d) : p85?.AfterCalendar == true ? c.Phrases.AfterCalendar : c.L("keine Prognose", "no forecast"), c.L("fertig bis (85 % Wahrscheinlichkeit)", "done by (85% probability)"));
            Figure(w, r.RequiredPace.PerWeek is { } pace ? c.N(pace) : c.L("keine Woche übrig", "no week left"), c.L("nötige Leistungen je Woche bis ", "services a week needed until ") + ReportFormat.Date(r.RequiredPace.Deadline));
            w.Close();
        }

        private static void Figure(HtmlWriter w, string value, string label)
        {
            w.Open("li");
            w.Element("span", value, new Attr("class", "figure"));
            w.Text(" ");
            w.Element("span", label, new Attr("class", "label"));
            w.Close();
        }
    }
}
