using System.Collections.Generic;
using System.Linq;
using FormFactory.Definitions;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Fim.Report;

namespace FormFactory.Fim
{
    /// <summary>What an import produced.</summary>
    /// <param name="Files">The definition files, with paths below the output folder (<c>services/…</c>, <c>blocks/…</c>, <c>codelists/…</c>).</param>
    /// <param name="Report">What became of every FIM element.</param>
    /// <param name="Diagnostics">Files that could not be imported, and anything the written definitions would be refused for.</param>
    public sealed record FimImportResult(IReadOnlyList<DefinitionFile> Files, ImportReport Report, IReadOnlyList<Diagnostic> Diagnostics)
    {
        /// <summary>The name of the report file written next to the definitions.</summary>
        public const string ReportFileName = "fim-import-report.md";

        /// <summary>True when any diagnostic is an error.</summary>
        public bool HasErrors => Diagnostics.Any(d => d.IsError);

        /// <summary>The report as Markdown.</summary>
        public string ReportMarkdown => ImportReportMarkdown.Write(Report);
    }
}
