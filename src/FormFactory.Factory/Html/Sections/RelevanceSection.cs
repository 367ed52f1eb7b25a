using System.Collections.Generic;
using System.Linq;
using static FormFactory.Factory.Html.HtmlTable;

namespace FormFactory.Factory.Html.Sections
{
    /// <summary>The relevance matrix: services per Themenfeld and municipality type.</summary>
    internal static class RelevanceSection
    {
        public const string Id = "relevance";

        public static void Write(HtmlWriter w, PageContext c)
        {
            var m = c.Report.Relevance;
            HtmlReport.OpenSection(w, Id, c.Phrases.Relevance);
            var columns = new List<Column> { new(c.Texts.Themenfeld), new(c.Phrases.Services, true) };
            columns.AddRange(m.Types.Select(t => new Column(c.Texts.TypeLabel(t), true)));
            string caption = c.L("Leistungen je Themenfeld, die für einen Kommunaltyp relevant sind", "Services per Themenfeld relevant for each municipality type");
            // Named by its table, not by the section's heading: two landmarks with one name cannot be told apart.
            w.Open("div", new HtmlWriter.Attr("class", "scroll"), new HtmlWriter.Attr("role", "region"),
                new HtmlWriter.Attr("aria-label", caption), new HtmlWriter.Attr("tabindex", "0"));
            HtmlTable.Write(w, caption,
                columns, m.Rows.Select(row =>
                {
                    var cells = new List<string> { row.Themenfeld ?? c.Texts.None, PageContext.I(row.Services) };
                    cells.AddRange(row.Counts.Select(n => PageContext.I(n)));
                    return (IReadOnlyList<string>)cells;
                }));
            w.Close();
            w.Close();
        }
    }
}
