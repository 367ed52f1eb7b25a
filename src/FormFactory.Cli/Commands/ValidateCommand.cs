using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using FormFactory.Cli.Output;
using FormFactory.Definitions.Binding;
using FormFactory.Workspace;

namespace FormFactory.Cli.Commands
{
    /// <summary><c>formfactory validate [PATH] [--format text|json|sarif]</c>.</summary>
    internal static class ValidateCommand
    {
        /// <summary>The folder checked when no path is given.</summary>
        public const string DefaultPath = "definitions";

        public static Command Create(TextWriter stdout, TextWriter stderr)
        {
            var path = new Argument<string>("path") { Description = "A definitions folder or a single definition file.", DefaultValueFactory = _ => DefaultPath };
            var format = new Option<string>("--format") { Description = "Output format: text (default), json or sarif (SARIF 2.1.0 for build servers).", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json", "sarif");
            var lang = MessageLanguage.Option();
            var helpBase = new Option<string?>("--help-base")
            {
                Description = "An absolute URI of docs/diagnostics.md for SARIF helpUris (e.g. on the factory's web server; default: the checkout's copy or the one shipped with the tool).",
            };
            helpBase.Validators.Add(r =>
            {
                var value = r.GetValueOrDefault<string?>();
                if (value != null && !Uri.TryCreate(value, UriKind.Absolute, out _)) r.AddError($"--help-base '{value}' is not an absolute URI.");
            });
            var command = new Command("validate", "Checks every definition file and reports problems with file, line and column.") { path, format, lang, helpBase };
            command.SetAction(parse => Run(parse.GetValue(path)!, parse.GetValue(format)!, MessageLanguage.Resolve(parse.GetValue(lang)), parse.GetValue(helpBase), stdout, stderr));
            return command;
        }

        private static int Run(string path, string format, string language, string? helpBase, TextWriter stdout, TextWriter stderr)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                string hint = path == DefaultPath ? $"; run {ToolInvocation.Current} in the folder that holds definitions/, or name the folder: {ToolInvocation.Current} validate PATH" : "";
                stderr.WriteEscapedLine($"formfactory: no file or folder '{path}'{hint}.");
                return Program.ExitCodes.UsageOrIo;
            }
            List<string> filePaths;
            CatalogResult result;
            try
            {
                var read = DefinitionFolder.Read(path);
                filePaths = read.Files.Select(f => f.Path).Concat(read.Problems.Select(p => p.Location.Path)).Distinct().ToList();
                result = CatalogLoader.Bind(read.Files, read.Problems);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteEscapedLine($"formfactory: {e.Message}");
                return Program.ExitCodes.UsageOrIo;
            }
            switch (format)
            {
                case "json": JsonDiagnosticsWriter.Write(result.Diagnostics, language, stdout); break;
                case "sarif": SarifWriter.Write(result.Diagnostics, language, stdout, helpBase); break;
                default: TextDiagnosticsWriter.Write(path, filePaths, result, language, stdout); break;
            }
            return result.HasErrors ? Program.ExitCodes.DefinitionErrors : Program.ExitCodes.Success;
        }
    }
}
