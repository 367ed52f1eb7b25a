using System;
using System.IO;
using System.Linq;
using FormFactory.Definitions.Model;
using FormFactory.Factory.Export;
using FormFactory.Factory.Tests.Support;
using FormFactory.Workspace;
using static FormFactory.Factory.Tests.Support.Histories;

namespace FormFactory.Factory.Tests
{
    /// <summary>
    /// The report of the bundled sample catalog as of 2026-11-20, compared with approved files (see <see cref="Golden"/>).
    /// A change to the sample catalog's factory data changes them: review the received files and approve them.
    /// </summary>
    public class SampleCatalogGoldenTests
    {
        private static readonly Lazy<Catalog> SampleCatalog = new(() =>
        {
            var folder = RepositoryPaths.Definitions;
            if (!Directory.Exists(folder)) throw new InvalidOperationException($"The sample catalog is missing: {folder}");
            var result = CatalogLoader.Load(folder);
            var errors = result.Diagnostics.Where(d => d.IsError).ToList();
            if (errors.Count > 0) throw new InvalidOperationException("The sample catalog has errors:\n" + string.Join("\n", errors));
            return result.Catalog;
        });

        private static FactoryReport Report(string language, string? tenant = null) =>
            FactoryReportBuilder.Build(SampleCatalog.Value, new ReportOptions { AsOf = Day("2026-11-20"), Language = language, Tenant = tenant });

        [Fact]
        public void StatusCsvInGerman() => Golden.Verify("status.de.csv", StatusTableCsv.Write(Report("de")));

        [Fact]
        public void StatusCsvInEnglish() => Golden.Verify("status.en.csv", StatusTableCsv.Write(Report("en")));

        [Fact]
        public void SummaryMarkdownInGerman() => Golden.Verify("report.de.md", MarkdownSummary.Write(Report("de")));

        [Fact]
        public void SummaryMarkdownInEnglish() => Golden.Verify("report.en.md", MarkdownSummary.Write(Report("en")));

        [Fact]
        public void HtmlPageInGerman() => Golden.Verify("report.de.html", FormFactory.Factory.Html.HtmlReport.Write(Report("de")));

        [Fact]
        public void HtmlPageInEnglish() => Golden.Verify("report.en.html", FormFactory.Factory.Html.HtmlReport.Write(Report("en")));

        [Fact]
        public void SummaryMarkdownForOneTenant() => Golden.Verify("report.rossdorf.de.md", MarkdownSummary.Write(Report("de", "rossdorf")));
    }
}
