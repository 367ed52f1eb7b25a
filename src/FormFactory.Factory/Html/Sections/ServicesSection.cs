using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FormFactory.Definitions.Binding;
using FormFactory.Factory.Export;
using FormFactory.Factory.Tables;
using static FormFactory.Factory.Html.HtmlWriter;

namespace FormFactory.Factory.Html.Sections
{
    /// <summary>
    /// The status table, one row per service. Its filter controls are in the markup but hidden; the page's script
    /// shows them and makes the column headers sort buttons, so without JavaScript it is a plain, complete table.
    /// </summary>
    internal static class ServicesSection
    {
        public const string Id = "services";

        public static void Write(HtmlWriter w, PageContext c)
        {
            var r = c.Report;
            var t = c.Texts;
            var p = c.Phrases;
            HtmlReport.OpenSection(w, Id, p.Services);
            Controls(w, c);
            w.Open("div", new Attr("class", "scroll"), new Attr("role", "region"), new Attr("aria-labelledby", "status-caption"), new Attr("tabindex", "0"));
            w.Open("table", new Attr("id", "status-table"), new Attr("class", "status"),
                new Attr("data-shown", c.L("{0} von {1} Leistungen angezeigt", "{0} of {1} services shown")));
            w.Element("caption", c.L($"Status aller {PageContext.I(r.StatusTable.Count)} Leistungen", $"Status of all {PageContext.I(r.StatusTable.Count)} services"),
                new Attr("id", "status-caption"));
            w.Open("thead").Open("tr");
            Header(w, t.Service);
            // One column for both: each is a phrase of long compound words, and two such columns made the table wider
            // than a 1280 px page.
            Header(w, t.Themenfeld + " / " + t.Leistungsbuendel);
            Header(w, t.Status);
            Header(w, t.Priority);
            Header(w, t.Effort, numeric: true);
            Header(w, t.Start);
            Header(w, t.End);
            Header(w, t.Owner);
            Header(w, p.Reuse, numeric: true, alignRight: false);
            Header(w, t.Maturity + " / " + c.L("Ziel", "target"), numeric: true);
            w.Close().Close();
            w.Open("tbody");
            foreach (var s in r.StatusTable) Row(w, c, s);
            w.Close().Close().Close();
            w.Element("p", p.ForecastEnds);
            Impact(w, c);
            w.Close();
        }

        private static void Header(HtmlWriter w, string text, bool numeric = false, bool alignRight = true) =>
            w.Element("th", text, new Attr("scope", "col"), new Attr("class", numeric && alignRight ? "num" : null), new Attr("data-type", numeric ? "number" : null));

        private static void Controls(HtmlWriter w, PageContext c)
        {
            w.Open("div", new Attr("class", "controls"), new Attr("id", "status-controls"), new Attr("hidden", "hidden"));
            w.Open("div");
            w.Element("label", c.L("Leistungen filtern", "Filter services"), new Attr("for", "status-filter"));
            w.Empty("input", new Attr("type", "search"), new Attr("id", "status-filter"), new Attr("autocomplete", "off"));
            w.Close();
            w.Open("div");
            w.Element("label", c.Texts.Status, new Attr("for", "status-select"));
            w.Open("select", new Attr("id", "status-select"));
            w.Element("option", c.L("alle", "all"), new Attr("value", ""));
            foreach (var status in Vocabulary.Statuses) w.Element("option", c.Texts.StatusLabel(status), new Attr("value", status));
            w.Close();
            w.Close();
            w.Element("p", "", new Attr("id", "status-count"), new Attr("role", "status"));
            w.Close();
        }

        private static void Row(HtmlWriter w, PageContext c, StatusRow s)
        {
            var t = c.Texts;
            w.Open("tr", new Attr("data-status", s.Status ?? ""));
            w.Open("th", new Attr("scope", "row"));
            w.Text(s.Title).Element("span", s.ServiceId, new Attr("class", "id"));
            w.Close();
            w.Open("td", new Attr("data-sort", (s.Themenfeld ?? "") + "\u0001" + (s.Leistungsbuendel ?? "")));
            w.Text(s.Themenfeld).Element("span", s.Leistungsbuendel, new Attr("class", "sub"));
            w.Close();
            w.Element("td", s.Status == null ? "" : t.StatusLabel(s.Status), new Attr("data-sort", Rank(Vocabulary.Statuses, s.Status)));
            w.Element("td", s.Priority == null ? "" : t.PriorityLabel(s.Priority), new Attr("data-sort", Rank(Vocabulary.Priorities, s.Priority)));
            w.Element("td", c.N(s.EffortDays), new Attr("class", "num"),
                new Attr("data-sort", s.EffortDays is { } e ? e.ToString(CultureInfo.InvariantCulture) : ""));
            w.Open("td", new Attr("data-sort", ReportFormat.Date(s.Start))).Date(s.Start).Close();
            w.Open("td", new Attr("data-sort", ReportFormat.Date(s.End))).Date(s.End).Text(s.EndIsForecast ? " (" + t.Forecast + ")" : "").Close();
            w.Element("td", s.Owner);
            w.Element("td", s.Reuse.Count == 0 ? "0" : PageContext.I(s.Reuse.Count) + ": " + string.Join(", ", s.Reuse),
                new Attr("data-sort", PageContext.I(s.Reuse.Count)));
            w.Element("td", s.Maturity == null && s.MaturityTarget == null ? "" : (PageContext.I(s.Maturity) is { Length: > 0 } m ? m : "–") + " / " + (PageContext.I(s.MaturityTarget) is { Length: > 0 } g ? g : "–"), new Attr("class", "num"),
                new Attr("data-sort", PageContext.I(s.Maturity)));
            w.Close();
        }

        private static string Rank(IReadOnlyList<string> vocabulary, string? code)
        {
            if (code == null) return "";
            for (int i = 0; i < vocabulary.Count; i++)
                if (vocabulary[i] == code) return PageContext.I(i);
            return "";
        }

        private static void Impact(HtmlWriter w, PageContext c)
        {
            var impact = c.Report.StatusTable.Where(s => s.ImpactBefore != null || s.ImpactAfter != null).ToList();
            if (impact.Count == 0) return;
            w.Element("h3", c.Phrases.Impact);
            HtmlTable.Write(w, c.Phrases.Impact, new[] { new HtmlTable.Column(c.Texts.Service), new HtmlTable.Column(c.Phrases.Before), new HtmlTable.Column(c.Phrases.After) },
                impact.Select(s => (IReadOnlyList<string>)new[] { s.Title, s.ImpactBefore ?? "", s.ImpactAfter ?? "" }));
        }
    }
}
