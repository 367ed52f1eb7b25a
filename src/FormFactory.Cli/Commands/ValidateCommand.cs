using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using FormFactory.Cli.Output;
using FormFactory.Workspace;

namespace FormFactory.Cli.Commands
{
    /// <summary><c>formfactory validate [PATH] [--format text|json|sarif]</c>.</summary>
    internal static class ValidateCommand
    {
        public static Command Create(TextWriter stdout, TextWriter stderr)
        {
            var path = new Argument<string>("path") { Description = "A definitions folder or a single definition file.", DefaultValueFactory = _ => "definitions" };
            var format = new Option<string>("--format") { Description = "Output format: text (default), json or sarif (SARIF 2.1.0 for build servers).", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json", "sarif");
            var command = new Command("validate", "Checks every definition file and reports problems with file, line and column.") { path, format };
            command.SetAction(parse => Run(parse.GetValue(path)!, parse.GetValue(format)!, stdout, stderr));
            return command;
        }

        private static int Run(string path, string format, TextWriter stdout, TextWriter stderr)
        {
            Definitions.Binding.CatalogResult result;
            try
            {
                result = CatalogLoader.Load(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"formfactory: {e.Message}");
                return Program.ExitCodes.UsageOrIo;
            }
            switch (format)
            {
                case "json": JsonDiagnosticsWriter.Write(result.Diagnostics, stdout); break;
                case "sarif": SarifWriter.Write(result.Diagnostics, stdout); break;
                default: TextDiagnosticsWriter.Write(result, stdout); break;
            }
            return result.Diagnostics.Any(d => d.IsError) ? Program.ExitCodes.DefinitionErrors : Program.ExitCodes.Success;
        }
    }
}
