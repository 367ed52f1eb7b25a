using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FormFactory.Factory.Html;
using FormFactory.Factory.Tests.Support;
using static FormFactory.Factory.Tests.Support.Histories;

namespace FormFactory.Factory.Tests.Html
{
    public class HtmlReportTests
    {
        private const string Nasty = "<script>alert(\\\"x\\\")</script> & 'Tür' <b>";

        private static FactoryReport Report(string language = "de", Func<TinyCatalog, TinyCatalog>? extra = null)
        {
            var catalog = new TinyCatalog().Factory()
                .Service("hund", "{ \"status\": \"abgeschlossen\", \"priority\": \"hoch\", \"maturity\": 3, \"maturityTarget\": 3, \"history\": [ { \"status\": \"in-bearbeitung\", \"on\": \"2026-01-05\" }, { \"status\": \"abgeschlossen\", \"on\": \"2026-01-14\" } ] }", "Umwelt", "gemeinde")
                .Service("kita", "{ \"status\": \"offen\", \"history\": [ { \"status\": \"offen\", \"on\": \"2026-01-07\" } ] }", "Familie & Kind", "gemeinde");
            catalog = extra?.Invoke(catalog) ?? catalog;
            return FactoryReportBuilder.Build(catalog.Bind(), new ReportOptions { AsOf = Day("2026-02-01"), Language = language });
        }

        private static FactoryReport NastyReport() => Report(extra: c => c.File("services/boese.form.json",
            "{ \"id\": \"boese\", \"title\": \"" + Nasty + "\", \"ozg\": { \"themenfeld\": \"" + Nasty + "\", \"leistungsbuendel\": \"" + Nasty + "\" }, " +
            "\"factory\": { \"status\": \"in-bearbeitung\", \"priority\": \"sehr-hoch\", \"owner\": \"" + Nasty + "\", " +
            "\"history\": [ { \"status\": \"in-bearbeitung\", \"on\": \"2026-01-08\" } ], \"impact\": { \"before\": \"" + Nasty + "\", \"after\": \"" + Nasty + "\" } }, " +
            "\"steps\": [ { \"id\": \"s\", \"title\": \"S\", \"fields\": [ { \"id\": \"n\", \"type\": \"text\", \"label\": \"N\" } ] } ] }"));

        [Fact]
        public void DefinitionTextIsEncodedNeverMarkup()
        {
            var html = HtmlReport.Write(NastyReport());
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<b>", html);
            Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Tür&#39; &lt;b&gt;", html);
            Assert.Single(Regex.Matches(html, "<script>")); // the page's own script only
        }

        [Fact]
        public void PageIsWellFormedWithALanguage()
        {
            var de = PageDocument.Parse(HtmlReport.Write(NastyReport()));
            Assert.Equal("de", de.Root!.Attribute("lang")!.Value);
            var en = PageDocument.Parse(HtmlReport.Write(Report("en")));
            Assert.Equal("en", en.Root!.Attribute("lang")!.Value);
        }

        [Fact]
        public void EveryChartIsAnImageNamedByItsTitleAndDescription()
        {
            var doc = PageDocument.Parse(HtmlReport.Write(Report()));
            var charts = doc.All("svg").Where(s => (string?)s.Attribute("role") == "img").ToList();
            Assert.Equal(5, charts.Count); // throughput, burn-up, work in progress, cycle time, maturity
            foreach (var svg in charts)
            {
                var ids = svg.Attribute("aria-labelledby")!.Value.Split(' ');
                Assert.Equal(2, ids.Length);
                var title = svg.Elements().First();
                var desc = svg.Elements().Skip(1).First();
                Assert.Equal(("title", ids[0]), (title.Name.LocalName, title.Attribute("id")!.Value));
                Assert.Equal(("desc", ids[1]), (desc.Name.LocalName, desc.Attribute("id")!.Value));
                Assert.False(string.IsNullOrWhiteSpace(desc.Value));
            }
        }

        [Fact]
        public void EveryChartHasAxisTitlesAndATableOfItsValues()
        {
            var doc = PageDocument.Parse(HtmlReport.Write(Report()));
            foreach (var figure in doc.All("figure"))
            {
                var svg = figure.Elements().Single(e => e.Name.LocalName == "svg");
                Assert.Equal(2, svg.Descendants().Count(e => e.Name.LocalName == "text" && (string?)e.Attribute("font-weight") == "bold"));
                var table = figure.Descendants("table").Single();
                Assert.NotNull(table.Element("caption"));
            }
        }

        [Fact]
        public void EveryTableHasACaptionAndScopedHeaders()
        {
            var doc = PageDocument.Parse(HtmlReport.Write(NastyReport()));
            Assert.All(doc.All("table"), t => Assert.NotNull(t.Element("caption")));
            Assert.All(doc.All("th"), th => Assert.Contains((string?)th.Attribute("scope"), new[] { "col", "row" }));
        }

        [Fact]
        public void IdsAreUnique()
        {
            var doc = PageDocument.Parse(HtmlReport.Write(NastyReport()));
            var ids = doc.Descendants().Select(e => (string?)e.Attribute("id")).Where(id => id != null).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }

        [Fact]
        public void PageLoadsNothingFromOutside()
        {
            var html = HtmlReport.Write(Report());
            Assert.DoesNotMatch("(src|href)=\"(?!#)", html);
            Assert.DoesNotContain("@import", html);
            Assert.DoesNotMatch("url\\((?!#)", html);
            var doc = PageDocument.Parse(html);
            Assert.Empty(doc.All("link"));
            Assert.Empty(doc.All("img"));
        }

        [Fact]
        public void FilterControlsStayHiddenWithoutScript()
        {
            var doc = PageDocument.Parse(HtmlReport.Write(Report()));
            var controls = doc.Descendants().Single(e => (string?)e.Attribute("id") == "status-controls");
            Assert.NotNull(controls.Attribute("hidden"));
            var table = doc.Descendants().Single(e => (string?)e.Attribute("id") == "status-table");
            Assert.Equal(2, table.Element("tbody")!.Elements("tr").Count());
        }

        [Fact]
        public void StatusIsWrittenOutNotOnlyColoured()
        {
            var doc = PageDocument.Parse(HtmlReport.Write(Report("en")));
            var rows = doc.Descendants().Single(e => (string?)e.Attribute("id") == "status-table").Element("tbody")!.Elements("tr").ToList();
            Assert.Contains(rows, r => r.Elements("td").Any(td => td.Value == "completed"));
            Assert.Contains(rows, r => r.Elements("td").Any(td => td.Value == "open"));
        }

        [Fact]
        public void AFactoryThatHasNotStartedHasNoWeeklyCharts()
        {
            var catalog = new TinyCatalog().Factory("{ \"name\": \"Später\", \"start\": \"2027-01-04\" }")
                .Service("a", "{ \"status\": \"in-planung\" }").Bind();
            var report = FactoryReportBuilder.Build(catalog, new ReportOptions { AsOf = Day("2026-02-01") });
            var doc = PageDocument.Parse(HtmlReport.Write(report));
            Assert.DoesNotContain(doc.All("figure"), f => (string?)f.Attribute("id") == "chart-throughput");
        }
    }
}
