using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FormFactory.Definitions;
using FormFactory.Definitions.Binding;

namespace FormFactory.Cli.Output
{
    /// <summary>
    /// The classic compiler format, one line per diagnostic (<c>path(line,col): error FF0123: message</c>), then one
    /// summary line a designer can read at a glance.
    /// </summary>
    internal static class TextDiagnosticsWriter
    {
        /// <param name="path">The path the user asked to check, as given.</param>
        /// <param name="filePaths">Every file that was looked at, readable or not.</param>
        /// <param name="result">The outcome.</param>
        /// <param name="output">Where to write.</param>
        public static void Write(string path, IReadOnlyCollection<string> filePaths, CatalogResult result, TextWriter output)
        {
            foreach (var d in result.Diagnostics) output.WriteEscapedLine(d.ToString());
            output.WriteEscapedLine(Summary(path, filePaths, result));
        }

        /// <summary>
        /// The summary line, e.g. <c>Checked 50 files: 2 errors and 1 warning (in 2 files). 11 of 12 services are ready;
        /// a service is left out while it, or a block it includes, has errors.</c>
        /// </summary>
        public static string Summary(string path, IReadOnlyCollection<string> filePaths, CatalogResult result)
        {
            int fileCount = filePaths.Count;
            int serviceFiles = filePaths.Count(p => DefinitionFile.KindOf(p) == DefinitionFileKind.Form);
            var diagnostics = result.Diagnostics;
            if (fileCount == 0 && diagnostics.Count == 0)
                return $"No definition files found in '{path}' (expected *.form.json, *.block.json, *.codelist.json, *.tenant.json or factory.json).";
            int errors = diagnostics.Count(d => d.IsError);
            int warnings = diagnostics.Count - errors;
            int filesWithProblems = diagnostics.Select(d => d.Location.Path).Distinct().Count();
            string checkedFiles = $"Checked {Count(fileCount, "file")}: ";
            var c = result.Catalog;
            if (errors == 0)
            {
                string problems = warnings == 0 ? "no errors or warnings." : $"no errors, {Count(warnings, "warning")} (in {Count(filesWithProblems, "file")}).";
                string ready = List(Count(c.Forms.Count, "service"), Count(c.Blocks.Count, "block"), Count(c.CodeLists.Count, "code list"), Count(c.Tenants.Count, "tenant"));
                int readyCount = c.Forms.Count + c.Blocks.Count + c.CodeLists.Count + c.Tenants.Count;
                return checkedFiles + problems + (readyCount == 0 ? "" : $" {ready} {(readyCount == 1 ? "is" : "are")} ready.");
            }
            string found = Count(errors, "error") + (warnings == 0 ? "" : " and " + Count(warnings, "warning")) + $" (in {Count(filesWithProblems, "file")}).";
            string services = serviceFiles == 0 ? ""
                : c.Forms.Count == serviceFiles ? (serviceFiles == 1 ? " The service is ready." : $" All {Count(serviceFiles, "service")} are ready.")
                : $" {c.Forms.Count.ToString(CultureInfo.InvariantCulture)} of {Count(serviceFiles, "service")} {(serviceFiles == 1 ? "is" : "are")} ready;" +
                  " a service is left out while it, or a block it includes, has errors.";
            return checkedFiles + found + services;
        }

        private static string Count(int n, string noun) =>
            n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : noun + "s");

        /// <summary>"a, b and c", leaving out the parts that count nothing.</summary>
        private static string List(params string[] parts)
        {
            var kept = parts.Where(p => !p.StartsWith("0 ", System.StringComparison.Ordinal)).ToList();
            if (kept.Count <= 1) return kept.Count == 0 ? "" : kept[0];
            return string.Join(", ", kept.Take(kept.Count - 1)) + " and " + kept[^1];
        }
    }
}
