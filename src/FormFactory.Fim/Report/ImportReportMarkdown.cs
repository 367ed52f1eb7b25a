using System.Globalization;
using System.Linq;
using System.Text;
using static FormFactory.Definitions.Text.MarkdownText;

namespace FormFactory.Fim.Report
{
    /// <summary>
    /// Writes the import report as Markdown (<c>fim-import-report.md</c>): what needs a look first, then everything.
    /// Names and notes come from the imported files, so they are escaped as the factory's report.md escapes them.
    /// </summary>
    public static class ImportReportMarkdown
    {
        /// <summary>The report as Markdown text with <c>\n</c> line ends.</summary>
        public static string Write(ImportReport report)
        {
            var md = new StringBuilder();
            md.Append("# FIM import report\n\n");
            md.Append("Read:\n\n");
            foreach (var input in report.Inputs) md.Append("- ").Append(Escape(input)).Append('\n');
            md.Append("\nWritten:\n\n");
            foreach (var output in report.Outputs) md.Append("- `").Append(output).Append("`\n");
            int mapped = report.Entries.Count(e => e.Status == MappingStatus.Mapped);
            int partly = report.Entries.Count(e => e.Status == MappingStatus.Partly);
            int not = report.Entries.Count(e => e.Status == MappingStatus.NotMapped);
            md.Append('\n').Append(string.Format(CultureInfo.InvariantCulture,
                "{0} elements: {1} mapped, {2} partly mapped, {3} not mapped.\n", report.Entries.Count, mapped, partly, not));

            md.Append("\n## Needs attention\n\n");
            var attention = report.NeedsAttention.ToList();
            if (attention.Count == 0) md.Append("Nothing: every element was mapped completely.\n");
            else
            {
                md.Append("| element | name | status | mapped to | what was not mapped, and why |\n| --- | --- | --- | --- | --- |\n");
                foreach (var e in attention)
                    md.Append("| ").Append(Escape(e.Kind + " " + e.FimId)).Append(" | ").Append(Escape(e.Name)).Append(" | ").Append(Status(e.Status))
                        .Append(" | ").Append(Escape(e.MappedTo ?? "—")).Append(" | ").Append(Escape(string.Join(" • ", e.Notes))).Append(" |\n");
            }

            md.Append("\n## All elements\n\n| element | name | source | mapped to | status |\n| --- | --- | --- | --- | --- |\n");
            foreach (var e in report.Entries)
                md.Append("| ").Append(Escape(e.Kind + " " + e.FimId)).Append(" | ").Append(Escape(e.Name)).Append(" | ").Append(Escape(e.Source))
                    .Append(" | ").Append(Escape(e.MappedTo ?? "—")).Append(" | ").Append(Status(e.Status)).Append(" |\n");
            return md.ToString();
        }

        private static string Status(MappingStatus status) => status switch
        {
            MappingStatus.Mapped => "mapped",
            MappingStatus.Partly => "partly",
            _ => "not mapped",
        };
    }
}
