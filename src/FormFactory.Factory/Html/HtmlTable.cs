using System.Collections.Generic;
using static FormFactory.Factory.Html.HtmlWriter;

namespace FormFactory.Factory.Html
{
    /// <summary>A simple data table: a caption, column headers (scope col) and rows whose first cell is the row header (scope row).</summary>
    internal static class HtmlTable
    {
        /// <summary>A column: its header and whether it holds numbers (right-aligned).</summary>
        public readonly record struct Column(string Header, bool Numeric = false);

        public static void Write(HtmlWriter w, string caption, IReadOnlyList<Column> columns, IEnumerable<IReadOnlyList<string>> rows, string? id = null)
        {
            w.Open("table", new Attr("id", id));
            w.Element("caption", caption);
            w.Open("thead").Open("tr");
            foreach (var c in columns) w.Element("th", c.Header, new Attr("scope", "col"), new Attr("class", c.Numeric ? "num" : null));
            w.Close().Close();
            w.Open("tbody");
            foreach (var row in rows)
            {
                w.Open("tr");
                for (int i = 0; i < row.Count; i++)
                {
                    var cls = columns[i].Numeric ? "num" : null;
                    if (i == 0) w.Element("th", row[i], new Attr("scope", "row"), new Attr("class", cls));
                    else w.Element("td", row[i], new Attr("class", cls));
                }
                w.Close();
            }
            w.Close().Close();
        }
    }
}
