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
        /// <param name="language">The language of messages and notes.</param>
        /// <param name="output">Where to write.</param>
        public static void Write(string path, IReadOnlyCollection<string> filePaths, CatalogResult result, string language, TextWriter output)
        {
            foreach (var d in result.Diagnostics) output.WriteEscapedLine(d.ToString(language));
            output.WriteEscapedLine(Summary(path, filePaths, result, language));
            // A single file is checked on its own: that no tenant offers it says nothing then. While there are errors,
            // what is left out follows from them.
            if (System.IO.Directory.Exists(path) && !result.HasErrors)
                foreach (var note in CatalogNotes.For(result.Catalog)) output.WriteEscapedLine(note.In(language));
        }

        /// <summary>
        /// The summary line, e.g. <c>Checked 50 files: 2 errors and 1 warning (in 2 files). 11 of 12 services are ready;
        /// a service is left out while it, or a block it includes, has errors.</c>, in English or German.
        /// </summary>
        public static string Summary(string path, IReadOnlyCollection<string> filePaths, CatalogResult result, string language = "en")
        {
            bool de = language == "de";
            string L(string en, string german) => de ? german : en;
            string Count(int n, string en, string enPlural, string german, string germanPlural) =>
                n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? L(en, german) : L(enPlural, germanPlural));
            string Files(int n) => Count(n, "file", "files", "Datei", "Dateien");

            int fileCount = filePaths.Count;
            int serviceFiles = filePaths.Count(p => DefinitionFile.KindOf(p) == DefinitionFileKind.Form);
            var diagnostics = result.Diagnostics;
            if (fileCount == 0 && diagnostics.Count == 0)
                return L($"No definition files found in '{path}' (expected *.form.json, *.block.json, *.codelist.json, *.tenant.json or factory.json).",
                    $"Keine Definitionsdateien in '{path}' gefunden (erwartet: *.form.json, *.block.json, *.codelist.json, *.tenant.json oder factory.json).");
            int errors = diagnostics.Count(d => d.IsError);
            int warnings = diagnostics.Count - errors;
            string inFiles = L(" (in ", " (in ") + Files(diagnostics.Select(d => d.Location.Path).Distinct().Count()) + ").";
            string checkedFiles = L("Checked ", "Geprüft: ") + Files(fileCount) + ": ";
            string Warnings(int n) => Count(n, "warning", "warnings", "Warnung", "Warnungen");
            var c = result.Catalog;
            if (errors == 0)
            {
                string problems = warnings == 0 ? L("no errors or warnings.", "keine Fehler oder Warnungen.") : L("no errors, ", "keine Fehler, ") + Warnings(warnings) + inFiles;
                string ready = List(L(" and ", " und "),
                    Count(c.Forms.Count, "service", "services", "Leistung", "Leistungen"), Count(c.Blocks.Count, "block", "blocks", "Baustein", "Bausteine"),
                    Count(c.CodeLists.Count, "code list", "code lists", "Codeliste", "Codelisten"), Count(c.Tenants.Count, "tenant", "tenants", "Mandant", "Mandanten"));
                int readyCount = c.Forms.Count + c.Blocks.Count + c.CodeLists.Count + c.Tenants.Count;
                return checkedFiles + problems + (readyCount == 0 ? "" : $" {ready} {(readyCount == 1 ? L("is", "ist") : L("are", "sind"))} {L("ready", "bereit")}.");
            }
            string found = Count(errors, "error", "errors", "Fehler", "Fehler") + (warnings == 0 ? "" : L(" and ", " und ") + Warnings(warnings)) + inFiles;
            string services = serviceFiles == 0 ? ""
                : c.Forms.Count == serviceFiles
                    ? (serviceFiles == 1 ? L(" The service is ready.", " Die Leistung ist bereit.") : L(" All ", " Alle ") + Count(serviceFiles, "service", "services", "Leistung", "Leistungen") + L(" are ready.", " sind bereit."))
                    : $" {c.Forms.Count.ToString(CultureInfo.InvariantCulture)} {L("of", "von")} {Count(serviceFiles, "service", "services", "Leistung", "Leistungen")} {(de ? (c.Forms.Count == 1 || serviceFiles == 1 ? "ist" : "sind") : (serviceFiles == 1 ? "is" : "are"))} {L("ready", "bereit")};" +
                      L(" a service is left out while it, or a block it includes, has errors.", " eine Leistung bleibt außen vor, solange sie oder ein Baustein darin Fehler hat.");
            return checkedFiles + found + services;
        }

        /// <summary>"a, b and c", leaving out the parts that count nothing.</summary>
        private static string List(string and, params string[] parts)
        {
            var kept = parts.Where(p => !p.StartsWith("0 ", System.StringComparison.Ordinal)).ToList();
            if (kept.Count <= 1) return kept.Count == 0 ? "" : kept[0];
            return string.Join(", ", kept.Take(kept.Count - 1)) + and + kept[^1];
        }
    }
}
