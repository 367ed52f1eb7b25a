using System.Collections.Generic;
using FormFactory.Factory.Html.Sections;
using static FormFactory.Factory.Html.HtmlWriter;

namespace FormFactory.Factory.Html
{
    /// <summary>
    /// The report as one self-contained HTML page: no external stylesheet, script, font or image, so it can be
    /// mailed or archived as one file. Charts are inline SVG with a title, a description and a table of the same
    /// values; the status table is sortable and filterable with JavaScript and a plain table without it. Every text
    /// from the definitions is HTML-encoded (see <see cref="HtmlWriter"/>). Deterministic: the same report gives
    /// the same bytes. Line endings are LF.
    /// </summary>
    public static class HtmlReport
    {
        /// <summary>The page's HTML.</summary>
        public static string Write(FactoryReport report)
        {
            var c = new PageContext(report);
            var w = new HtmlWriter();
            w.Trusted("<!DOCTYPE html>\n");
            w.Open("html", new Attr("lang", c.Language));
            w.Open("head");
            w.Empty("meta", new Attr("charset", "utf-8"));
            w.Empty("meta", new Attr("name", "viewport"), new Attr("content", "width=device-width, initial-scale=1"));
            w.Element("title", c.Phrases.TitlePrefix + report.FactoryName + " (" + Export.ReportFormat.Date(report.AsOf) + ")");
            w.Open("style").Trusted(PageStyle.Css).Close();
            w.Close(); // head
            w.Open("body");
            w.Element("a", c.L("Zum Inhalt springen", "Skip to content"), new Attr("class", "skip"), new Attr("href", "#content")).Line();
            HeaderSection.Write(w, c);
            w.Open("main", new Attr("id", "content"), new Attr("tabindex", "-1"));
            Contents(w, c);
            CountsSection.Write(w, c);
            ForecastSection.Write(w, c);
            WeeklySection.Write(w, c);
            CycleTimeSection.Write(w, c);
            MaturitySection.Write(w, c);
            RelevanceSection.Write(w, c);
            ServicesSection.Write(w, c);
            w.Close(); // main
            w.Open("footer");
            w.Element("p", c.L("Erstellt mit FormFactory aus den Definitionen des Katalogs. Die Werte stehen auch in status.csv und report.md.",
                "Made by FormFactory from the catalog's definitions. The values are also in status.csv and report.md."));
            w.Close();
            w.Open("script").Trusted(PageScript.Js).Close();
            w.Close(); // body
            w.Close(); // html
            return w.ToString();
        }

        /// <summary>The sections' anchors and headings, in page order.</summary>
        internal static IReadOnlyList<(string Id, string Heading)> Sections(PageContext c)
        {
            var p = c.Phrases;
            return new[]
            {
                (CountsSection.Id, c.L("Bestand", "Overview")),
                (ForecastSection.Id, p.Forecast),
                (WeeklySection.Id, p.Weekly),
                (CycleTimeSection.Id, p.CycleTime),
                (MaturitySection.Id, p.Maturity(c.Report.Maturity.Model)),
                (RelevanceSection.Id, p.Relevance),
                (ServicesSection.Id, p.Services),
            };
        }

        private static void Contents(HtmlWriter w, PageContext c)
        {
            w.Open("nav", new Attr("aria-labelledby", "toc-heading"));
            w.Element("h2", c.L("Inhalt", "Contents"), new Attr("id", "toc-heading"), new Attr("class", "toc-heading"));
            w.Open("ol");
            foreach (var (id, heading) in Sections(c))
            {
                w.Open("li");
                w.Element("a", heading, new Attr("href", "#" + id));
                w.Close();
            }
            w.Close().Close();
        }

        /// <summary>Opens a section labelled by its h2; close it with <see cref="HtmlWriter.Close"/>.</summary>
        internal static void OpenSection(HtmlWriter w, string id, string heading)
        {
            w.Open("section", new Attr("id", id), new Attr("aria-labelledby", id + "-heading"));
            w.Element("h2", heading, new Attr("id", id + "-heading"));
        }
    }
}
