using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using FormFactory.Cli.Import;
using FormFactory.Cli.Output;
using FormFactory.Definitions;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Fim;
using FormFactory.Fim.Report;

namespace FormFactory.Cli.Commands
{
    /// <summary><c>formfactory import fim FILE... --out DIR [--codelists DIR]... [--id ID] [--force]</c>.</summary>
    internal static class ImportFimCommand
    {
        public static Command Create(TextWriter stdout, TextWriter stderr)
        {
            var files = new Argument<string[]>("files") { Description = "XDatenfelder 2 or 3 files (Stammdatenschema, Datenfeldgruppe) and genericode code lists; a folder or a zip file (a FIM download) stands for the files in it.", Arity = ArgumentArity.OneOrMore };
            var output = new Option<string>("--out") { Description = "The folder to write the definitions into, e.g. definitions/fim (created if missing).", Required = true };
            var codeLists = new Option<string[]>("--codelists") { Description = "More folders to look for the genericode lists the schemas use (the schemas' own folders are searched anyway).", AllowMultipleArgumentsPerToken = true };
            var id = new Option<string?>("--id") { Description = "The service id to give the imported schema (one schema only); default: made from its name." };
            var force = new Option<bool>("--force") { Description = "Overwrite definition files that exist already." };
            var command = new Command("fim", "Imports FIM XDatenfelder schemas and genericode code lists as definitions, with an import report.")
            {
                files, output, codeLists, id, force,
            };
            command.SetAction(parse => Run(parse.GetValue(files)!, parse.GetValue(output)!, parse.GetValue(codeLists) ?? Array.Empty<string>(),
                parse.GetValue(id), parse.GetValue(force), stdout, stderr));
            return command;
        }

        private static int Run(string[] files, string output, string[] codeLists, string? id, bool force, TextWriter stdout, TextWriter stderr)
        {
            if (id != null && !System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z][a-zA-Z0-9]*$"))
                return Usage(stderr, $"--id '{id}' is not a valid id: use camelCase letters and digits starting with a lower-case letter.");
            var missing = files.FirstOrDefault(f => !File.Exists(f) && !Directory.Exists(f));
            if (missing != null) return Usage(stderr, $"No file or folder '{missing}'.");

            var problems = new DiagnosticBag();
            var inputs = FimInputs.Collect(files, codeLists, problems);
            var catalog = CatalogFolder.Find(output);
            var result = FimImporter.Import(inputs, new FimImportOptions { SchemaFolder = catalog.SchemaFolder, ReservedIds = catalog.TakenIds, ServiceId = id });
            var diagnostics = problems.Items.Concat(result.Diagnostics).ToList();
            foreach (var d in diagnostics) stderr.WriteEscapedLine(d.ToString(Output.MessageLanguage.Default));

            if (result.Files.Count > 0)
            {
                var existing = result.Files.Select(f => Path.Combine(output, f.Path)).Where(File.Exists).ToList();
                if (existing.Count > 0 && !force)
                    return Usage(stderr, $"{existing.Count} file(s) exist already, e.g. {existing[0].Replace('\\', '/')}; give --force to overwrite them, or import into another folder.");
                try
                {
                    foreach (var file in result.Files) Write(Path.Combine(output, file.Path), file.Text);
                    Write(Path.Combine(output, FimImportResult.ReportFileName), result.ReportMarkdown);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return Usage(stderr, e.Message);
                }
                Summarize(result, output, catalog, stdout);
            }
            else stdout.WriteEscapedLine("Nothing was imported.");
            return diagnostics.Any(d => d.IsError) ? Program.ExitCodes.DefinitionErrors : Program.ExitCodes.Success;
        }

        private static void Summarize(FimImportResult result, string output, CatalogFolder catalog, TextWriter stdout)
        {
            int Count(DefinitionFileKind kind) => result.Files.Count(f => f.Kind == kind);
            string dir = output.Replace('\\', '/').TrimEnd('/');
            stdout.WriteEscapedLine($"Wrote {result.Files.Count} definition file(s) to {dir}: {Count(DefinitionFileKind.Form)} service(s), {Count(DefinitionFileKind.Block)} block(s), {Count(DefinitionFileKind.CodeList)} code list(s).");
            var entries = result.Report.Entries;
            stdout.WriteEscapedLine($"{entries.Count} FIM element(s): {entries.Count(e => e.Status == MappingStatus.Mapped)} mapped, "
                + $"{entries.Count(e => e.Status == MappingStatus.Partly)} partly mapped, {entries.Count(e => e.Status == MappingStatus.NotMapped)} not mapped; "
                + $"see {dir}/{FimImportResult.ReportFileName}.");
            if (catalog.Root == null)
                stdout.WriteEscapedLine($"Note: no definitions folder (with schema/form.schema.json or factory.json) contains {dir}; the files name their schemas as if {dir} were one.");
        }

        private static void Write(string path, string text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
        }

        private static int Usage(TextWriter stderr, string message)
        {
            stderr.WriteEscapedLine("formfactory: " + message);
            return Program.ExitCodes.UsageOrIo;
        }
    }
}
