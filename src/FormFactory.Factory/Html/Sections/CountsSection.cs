using System;
using System.Collections.Generic;
using System.Linq;
using FormFactory.Factory.Tables;
using static FormFactory.Factory.Html.HtmlTable;
using static FormFactory.Factory.Html.HtmlWriter;

namespace FormFactory.Factory.Html.Sections
{
    /// <summary>Services by status and by priority.</summary>
    internal static class CountsSection
    {
        public const string Id = "overview";

        public static void Write(HtmlWriter w, PageContext c)
        {
            HtmlReport.OpenSection(w, Id, c.L("Bestand", "Overview"));
            w.Open("div", new Attr("class", "columns"));
            Table(w, c, c.Phrases.ByStatus, c.Texts.Status, c.Report.StatusCounts, c.Texts.StatusLabel);
            Table(w, c, c.Phrases.ByPriority, c.Texts.Priority, c.Report.PriorityCounts, c.Texts.PriorityLabel);
            w.Close();
            w.Close();
        }

        private static void Table(HtmlWriter w, PageContext c, string caption, string header, IReadOnlyList<CountRow> counts, Func<string?, string> label)
        {
            var rows = counts.Select(r => (IReadOnlyList<string>)new[] { label(r.Key), PageContext.I(r.Count) }).ToList();
            rows.Add(new[] { c.Texts.Total, PageContext.I(counts.Sum(r => r.Count)) });
            HtmlTable.Write(w, caption, new[] { new Column(header), new Column(c.Phrases.Count, true) }, rows);
        }
    }
}
