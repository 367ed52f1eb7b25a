using System.IO;
using FormFactory.Factory.Export;
using FormFactory.Factory.Tests.Support;
using static FormFactory.Factory.Tests.Support.Histories;

namespace FormFactory.Factory.Tests
{
    public class ExportTests
    {
        [Theory]
        [InlineData("plain", "plain")]
        [InlineData("a;b", "\"a;b\"")]
        [InlineData("sagt \"ja\"", "\"sagt \"\"ja\"\"\"")]
        [InlineData("zwei\nZeilen", "\"zwei\nZeilen\"")]
        [InlineData("a,b", "a,b")] // the comma is no separator here
        public void CsvQuotesOnlyWhatNeedsQuoting(string value, string expected) => Assert.Equal(expected, Csv.Field(value));

        [Fact]
        public void CsvLinesEndInCrLf() => Assert.Equal("a;\"b;c\";\r\n", Csv.Line(new[] { "a", "b;c", "" }));

        [Theory]
        [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")")]
        [InlineData("+49 6151", "'+49 6151")]
        [InlineData("-entwicklung", "'-entwicklung")]
        [InlineData("@team", "'@team")]
        [InlineData("Unternehmensführung & -entwicklung", "Unternehmensführung & -entwicklung")]
        public void CsvTextCannotStartAFormula(string value, string expected) => Assert.Equal(expected, Csv.Text(value));

        [Theory]
        [InlineData("a | b", "a \\| b")]
        [InlineData("*fett* und _kursiv_", "\\*fett\\* und \\_kursiv\\_")]
        [InlineData("<script>", "\\<script\\>")]
        [InlineData("Zeile 1\nZeile 2", "Zeile 1 Zeile 2")]
        [InlineData("Familie & Kind", "Familie & Kind")]
        public void MarkdownEscapesMarkup(string text, string expected) => Assert.Equal(expected, FormFactory.Definitions.Text.MarkdownText.Escape(text));

        [Theory]
        [InlineData("de", "2,5")]
        [InlineData("en", "2.5")]
        public void NumbersUseTheLanguagesDecimalSeparator(string language, string expected) =>
            Assert.Equal(expected, ReportFormat.Number(2.50m, language));

        [Fact]
        public void ReportFilesWriteCsvWithByteOrderMarkAndMarkdownWithout()
        {
            var catalog = new TinyCatalog().Factory()
                .Service("a", "{ \"status\": \"offen\", \"priority\": \"hoch\", \"history\": [ { \"status\": \"offen\", \"on\": \"2026-01-05\" } ] }")
                .Bind();
            var report = FactoryReportBuilder.Build(catalog, new ReportOptions { AsOf = Day("2026-02-01"), Runs = 10 });
            var folder = Path.Combine(Path.GetTempPath(), "ff-report-" + System.Guid.NewGuid().ToString("N"));
            try
            {
                ReportFiles.Write(report, folder);
                var csv = File.ReadAllBytes(Path.Combine(folder, "status.csv"));
                var md = File.ReadAllBytes(Path.Combine(folder, "report.md"));
                Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
                Assert.Equal((byte)'#', md[0]);
                Assert.Contains("Keine Prognose möglich", File.ReadAllText(Path.Combine(folder, "report.md")));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        [Fact]
        public void GoldenDiffShowsTheChangedLineWithItsNumber()
        {
            var diff = FormFactory.Testing.TextDiff.Show("a\nb\nc\n", "a\nB\nc\n");
            Assert.Contains("-     2: b", diff);
            Assert.Contains("+     2: B", diff);
            Assert.Contains("      1: a", diff);
        }
    }
}
