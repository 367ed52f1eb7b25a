using System.Collections.Generic;
using System.IO;
using System.Text;

namespace FormFactory.Factory.Export
{
    /// <summary>Writes a report's files into a folder.</summary>
    public static class ReportFiles
    {
        /// <summary>The status table's file name.</summary>
        public const string StatusCsv = "status.csv";

        /// <summary>The Markdown summary's file name.</summary>
        public const string SummaryMarkdown = "report.md";

        /// <summary>The HTML page's file name.</summary>
        public const string Page = "report.html";

        /// <summary>
        /// Writes <c>status.csv</c> (UTF-8 with byte order mark, for Excel), <c>report.md</c> and <c>report.html</c>
        /// (UTF-8 without) into <paramref name="folder"/>, creating it if needed, and returns the paths written.
        /// </summary>
        /// <exception cref="IOException">A file could not be written.</exception>
        public static IReadOnlyList<string> Write(FactoryReport report, string folder)
        {
            Directory.CreateDirectory(folder);
            var csv = Path.Combine(folder, StatusCsv);
            File.WriteAllText(csv, StatusTableCsv.Write(report), Csv.Encoding);
            var md = Path.Combine(folder, SummaryMarkdown);
            File.WriteAllText(md, MarkdownSummary.Write(report), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            var html = Path.Combine(folder, Page);
            File.WriteAllText(html, Html.HtmlReport.Write(report), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return new[] { csv, md, html };
        }
    }
}
