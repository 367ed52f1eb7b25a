using System.Linq;
using FormFactory.Factory.Export;
using FormFactory.Factory.Html;
using FormFactory.Factory.Tests.Support;
using static FormFactory.Factory.Tests.Support.Histories;

namespace FormFactory.Factory.Tests.Html
{
    /// <summary>
    /// The report says what period its data covers, warns visibly when the data ends long before its day, and calls
    /// its key figure of services not yet done something other than the status "offen".
    /// </summary>
    public class ReportDataPeriodTests
    {
        private static FactoryReport Report(string asOf, string language = "de") =>
            FactoryReportBuilder.Build(new TinyCatalog().Factory()
                .Service("hund", "{ \"status\": \"abgeschlossen\", \"history\": [ { \"status\": \"in-bearbeitung\", \"on\": \"2026-01-05\" }, { \"status\": \"abgeschlossen\", \"on\": \"2026-01-14\" } ] }", "Umwelt", "gemeinde")
                .Service("kita", "{ \"status\": \"offen\", \"history\": [ { \"status\": \"offen\", \"on\": \"2026-01-07\" } ] }", "Familie", "gemeinde")
                .Bind(), new ReportOptions { AsOf = Day(asOf), Language = language, Runs = 50 });

        private static string Fact(string html, string term)
        {
            var doc = PageDocument.Parse(html);
            var dt = doc.All("dt").Single(e => e.Value == term);
            return ((System.Xml.Linq.XElement)dt.NextNode!).Value;
        }

        [Theory]
        [InlineData("de", "Erfasste Statusänderungen", "vom 2026-01-05 bis 2026-01-14")]
        [InlineData("en", "Recorded status changes", "from 2026-01-05 to 2026-01-14")]
        public void ThePageSaysWhatPeriodItsDataCovers(string language, string term, string span) =>
            Assert.Equal(span, Fact(HtmlReport.Write(Report("2026-02-01", language)), term));

        [Fact]
        public void ChangesAfterTheReportsDayAreNotCounted() =>
            Assert.Equal("vom 2026-01-05 bis 2026-01-07", Fact(HtmlReport.Write(Report("2026-01-10")), "Erfasste Statusänderungen"));

        [Fact]
        public void DataEndingLongBeforeTheReportsDayIsAVisibleWarning()
        {
            var doc = PageDocument.Parse(HtmlReport.Write(Report("2026-06-01")));
            var warning = doc.All("p").Single(p => (string?)p.Attribute("class") == "stale");
            Assert.StartsWith("Achtung: Die letzte erfasste Statusänderung ist vom 2026-01-14, 138 Tage vor dem Stand 2026-06-01.", warning.Value);
            Assert.Contains("> **Achtung: Die letzte erfasste Statusänderung ist vom 2026-01-14", MarkdownSummary.Write(Report("2026-06-01")));
        }

        [Fact]
        public void RecentDataIsNoWarning()
        {
            Assert.DoesNotContain("class=\"stale\"", HtmlReport.Write(Report("2026-02-01")));
            Assert.DoesNotContain("Achtung", MarkdownSummary.Write(Report("2026-02-01")));
        }

        [Fact]
        public void TheMarkdownSummarySaysWhatPeriodItsDataCovers() =>
            Assert.Contains("- Erfasste Statusänderungen: vom 2026-01-05 bis 2026-01-14\n", MarkdownSummary.Write(Report("2026-02-01")));

        [Fact]
        public void TheKeyFigureOfServicesNotYetDoneIsNotTheStatusOffen()
        {
            var doc = PageDocument.Parse(HtmlReport.Write(Report("2026-02-01")));
            var labels = doc.All("ul").Single(u => (string?)u.Attribute("class") == "key-figures").Descendants()
                .Where(e => (string?)e.Attribute("class") == "label").Select(e => e.Value).ToList();
            Assert.DoesNotContain("offen", labels);
            Assert.Contains("verbleibend", labels);
        }

        [Fact]
        public void DatesInTheStatusTableAreTimeElements()
        {
            var doc = PageDocument.Parse(HtmlReport.Write(Report("2026-02-01")));
            var table = doc.All("table").Single(t => (string?)t.Attribute("id") == "status-table");
            var times = table.Descendants().Where(e => e.Name.LocalName == "time").ToList();
            Assert.Contains(times, t => t.Value == "2026-01-05" && (string?)t.Attribute("datetime") == "2026-01-05");
        }
    }
}
