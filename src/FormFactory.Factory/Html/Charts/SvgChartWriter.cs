using System;
using System.Globalization;
using System.Linq;
using FormFactory.Factory.Export;
using static FormFactory.Factory.Html.HtmlWriter;

namespace FormFactory.Factory.Html.Charts
{
    /// <summary>
    /// Writes a <see cref="ChartData"/> as a figure: a caption, an inline SVG chart (role img, named by its title
    /// and description), a legend in text, and the same values as a table for readers who cannot see the chart.
    /// Series differ by pattern (solid or hatched bars, solid or dashed lines with different markers), never by colour alone.
    /// </summary>
    public static class SvgChartWriter
    {
        private const int Width = 760, Height = 320, Left = 64, Right = 24, Top = 24, Bottom = 72;
        private const int PlotWidth = Width - Left - Right, PlotHeight = Height - Top - Bottom;
        private const string Ink = "#1b1b1b", Primary = "#1f4e8c", Secondary = "#8a3b00", Grid = "#c8c8c8";

        /// <summary>Writes the figure for <paramref name="chart"/>; numbers in the table are formatted for <paramref name="language"/>.</summary>
        public static void Write(HtmlWriter w, ChartData chart, string language)
        {
            var id = chart.Id;
            w.Open("figure", new Attr("class", "chart"), new Attr("id", id));
            w.Element("figcaption", chart.Title, new Attr("id", id + "-caption"));
            w.Open("svg", new Attr("xmlns", "http://www.w3.org/2000/svg"), new Attr("viewBox", $"0 0 {Width} {Height}"), new Attr("role", "img"),
                new Attr("aria-labelledby", id + "-title " + id + "-desc"), new Attr("focusable", "false"));
            w.Element("title", chart.Title, new Attr("id", id + "-title"));
            w.Element("desc", chart.Description, new Attr("id", id + "-desc"));
            Hatch(w, id);
            var highest = chart.Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
            if (chart.Reference is { } reference) highest = Math.Max(highest, reference.Value);
            var scale = ChartScale.For(highest);
            ValueAxis(w, chart, scale);
            int n = chart.Categories.Count;
            double band = n == 0 ? PlotWidth : (double)PlotWidth / n;
            var bars = chart.Series.Where(s => s.Kind == SeriesKind.Bars).ToList();
            for (int b = 0; b < bars.Count; b++) Bars(w, id, bars[b], b, bars.Count, band, scale);
            foreach (var line in chart.Series.Where(s => s.Kind == SeriesKind.Line)) Line(w, line, band, scale, n);
            if (chart.Reference is { } r) ReferenceLine(w, r, scale, language);
            CategoryAxis(w, chart, band);
            w.Close(); // svg
            Legend(w, id, chart);
            DataTable(w, chart, language);
            w.Close(); // figure
        }

        private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

        private static double Y(decimal value, ChartScale scale) => Top + PlotHeight - (double)(value / scale.Max) * PlotHeight;

        private static void Hatch(HtmlWriter w, string id)
        {
            w.Open("defs");
            w.Open("pattern", new Attr("id", id + "-hatch"), new Attr("width", "6"), new Attr("height", "6"), new Attr("patternUnits", "userSpaceOnUse"),
                new Attr("patternTransform", "rotate(45)"));
            w.Empty("rect", new Attr("width", "6"), new Attr("height", "6"), new Attr("fill", "#ffffff"));
            w.Empty("line", new Attr("x1", "0"), new Attr("y1", "0"), new Attr("x2", "0"), new Attr("y2", "6"), new Attr("stroke", Secondary), new Attr("stroke-width", "3"));
            w.Close().Close();
        }

        private static void ValueAxis(HtmlWriter w, ChartData chart, ChartScale scale)
        {
            w.Open("g", new Attr("class", "axis"), new Attr("font-size", "12"), new Attr("fill", Ink));
            foreach (var tick in scale.Ticks)
            {
                var y = F(Y(tick, scale));
                w.Empty("line", new Attr("x1", F(Left)), new Attr("x2", F(Left + PlotWidth)), new Attr("y1", y), new Attr("y2", y),
                    new Attr("stroke", tick == 0 ? Ink : Grid), new Attr("stroke-width", "1"));
                w.Element("text", tick.ToString("0.##", CultureInfo.InvariantCulture), new Attr("x", F(Left - 8)), new Attr("y", F(Y(tick, scale) + 4)),
                    new Attr("text-anchor", "end"));
            }
            w.Empty("line", new Attr("x1", F(Left)), new Attr("x2", F(Left)), new Attr("y1", F(Top)), new Attr("y2", F(Top + PlotHeight)),
                new Attr("stroke", Ink), new Attr("stroke-width", "1"));
            w.Element("text", chart.YAxis, new Attr("transform", "rotate(-90)"), new Attr("x", F(-(Top + PlotHeight / 2.0))), new Attr("y", "18"),
                new Attr("text-anchor", "middle"), new Attr("font-weight", "bold"));
            w.Close();
        }

        private static void CategoryAxis(HtmlWriter w, ChartData chart, double band)
        {
            int n = chart.Categories.Count;
            int maxLabels = Math.Max(1, PlotWidth / 72);
            int step = Math.Max(1, (n + maxLabels - 1) / maxLabels);
            w.Open("g", new Attr("class", "axis"), new Attr("font-size", "12"), new Attr("fill", Ink));
            for (int i = 0; i < n; i += step)
                w.Element("text", chart.Categories[i], new Attr("x", F(Left + band * (i + 0.5))), new Attr("y", F(Top + PlotHeight + 18)),
                    new Attr("text-anchor", "middle"));
            w.Element("text", chart.XAxis, new Attr("x", F(Left + PlotWidth / 2.0)), new Attr("y", F(Height - 14)), new Attr("text-anchor", "middle"),
                new Attr("font-weight", "bold"));
            w.Close();
        }

        private static void Bars(HtmlWriter w, string id, ChartSeries series, int index, int count, double band, ChartScale scale)
        {
            double group = band * 0.8, width = group / count;
            var fill = series.Style == 0 ? Primary : "url(#" + id + "-hatch)";
            w.Open("g", new Attr("fill", fill), new Attr("stroke", series.Style == 0 ? null : Secondary), new Attr("stroke-width", series.Style == 0 ? null : "1"));
            for (int i = 0; i < series.Values.Count; i++)
            {
                var v = series.Values[i];
                if (v <= 0) continue;
                double y = Y(v, scale);
                w.Empty("rect", new Attr("x", F(Left + band * i + band * 0.1 + width * index)), new Attr("y", F(y)), new Attr("width", F(Math.Max(width, 1))),
                    new Attr("height", F(Top + PlotHeight - y)));
            }
            w.Close();
        }

        private static void Line(HtmlWriter w, ChartSeries series, double band, ChartScale scale, int n)
        {
            var color = series.Style == 0 ? Primary : Secondary;
            var points = string.Join(" ", series.Values.Select((v, i) => F(Left + band * (i + 0.5)) + "," + F(Y(v, scale))));
            w.Empty("polyline", new Attr("points", points), new Attr("fill", "none"), new Attr("stroke", color), new Attr("stroke-width", "2.5"),
                new Attr("stroke-dasharray", series.Style == 0 ? null : "8 4"));
            if (n > 60) return;
            w.Open("g", new Attr("fill", color));
            for (int i = 0; i < series.Values.Count; i++)
            {
                double x = Left + band * (i + 0.5), y = Y(series.Values[i], scale);
                if (series.Style == 0) w.Empty("circle", new Attr("cx", F(x)), new Attr("cy", F(y)), new Attr("r", "3"));
                else w.Empty("rect", new Attr("x", F(x - 3)), new Attr("y", F(y - 3)), new Attr("width", "6"), new Attr("height", "6"));
            }
            w.Close();
        }

        private static void ReferenceLine(HtmlWriter w, ChartReference reference, ChartScale scale, string language)
        {
            var y = Y(reference.Value, scale);
            w.Empty("line", new Attr("x1", F(Left)), new Attr("x2", F(Left + PlotWidth)), new Attr("y1", F(y)), new Attr("y2", F(y)),
                new Attr("stroke", Ink), new Attr("stroke-width", "2"), new Attr("stroke-dasharray", "2 4"));
            w.Element("text", reference.Name + ": " + ReportFormat.Number(reference.Value, language), new Attr("x", F(Left + PlotWidth)), new Attr("y", F(y - 6)),
                new Attr("text-anchor", "end"), new Attr("font-size", "12"), new Attr("fill", Ink),
                new Attr("stroke", "#ffffff"), new Attr("stroke-width", "4"), new Attr("paint-order", "stroke"));
        }

        private static void Legend(HtmlWriter w, string id, ChartData chart)
        {
            w.Open("ul", new Attr("class", "legend"));
            foreach (var s in chart.Series)
            {
                w.Open("li");
                Swatch(w, id, s.Kind, s.Style);
                w.Text(s.Name).Close();
            }
            if (chart.Reference is { } r)
            {
                w.Open("li");
                w.Open("svg", new Attr("xmlns", "http://www.w3.org/2000/svg"), new Attr("width", "28"), new Attr("height", "12"), new Attr("aria-hidden", "true"), new Attr("focusable", "false"));
                w.Empty("line", new Attr("x1", "0"), new Attr("x2", "28"), new Attr("y1", "6"), new Attr("y2", "6"), new Attr("stroke", Ink), new Attr("stroke-width", "2"), new Attr("stroke-dasharray", "2 4"));
                w.Close();
                w.Text(r.Name).Close();
            }
            w.Close();
        }

        private static void Swatch(HtmlWriter w, string id, SeriesKind kind, int style)
        {
            w.Open("svg", new Attr("xmlns", "http://www.w3.org/2000/svg"), new Attr("width", "28"), new Attr("height", "12"), new Attr("aria-hidden", "true"), new Attr("focusable", "false"));
            if (kind == SeriesKind.Bars)
                w.Empty("rect", new Attr("x", "4"), new Attr("y", "0"), new Attr("width", "20"), new Attr("height", "12"),
                    new Attr("fill", style == 0 ? Primary : "url(#" + id + "-hatch)"), new Attr("stroke", style == 0 ? null : Secondary));
            else
                w.Empty("line", new Attr("x1", "0"), new Attr("x2", "28"), new Attr("y1", "6"), new Attr("y2", "6"), new Attr("stroke", style == 0 ? Primary : Secondary),
                    new Attr("stroke-width", "2.5"), new Attr("stroke-dasharray", style == 0 ? null : "8 4"));
            w.Close();
        }

        private static void DataTable(HtmlWriter w, ChartData chart, string language)
        {
            w.Open("details");
            w.Element("summary", language == "en" ? "Values as a table" : "Werte als Tabelle");
            w.Open("table");
            w.Element("caption", chart.Title);
            w.Open("thead").Open("tr");
            w.Element("th", chart.XAxis, new Attr("scope", "col"));
            foreach (var s in chart.Series) w.Element("th", s.Name, new Attr("scope", "col"), new Attr("class", "num"));
            if (chart.Reference is { } r) w.Element("th", r.Name, new Attr("scope", "col"), new Attr("class", "num"));
            w.Close().Close();
            w.Open("tbody");
            for (int i = 0; i < chart.Categories.Count; i++)
            {
                w.Open("tr");
                w.Element("th", chart.Categories[i], new Attr("scope", "row"));
                foreach (var s in chart.Series) w.Element("td", ReportFormat.Number(s.Values[i], language), new Attr("class", "num"));
                if (chart.Reference is { } reference) w.Element("td", ReportFormat.Number(reference.Value, language), new Attr("class", "num"));
                w.Close();
            }
            w.Close().Close().Close();
        }
    }
}
