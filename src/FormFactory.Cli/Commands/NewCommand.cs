using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using FormFactory.Cli.Output;
using FormFactory.Cli.Scaffolding;
using FormFactory.Definitions.Expressions;
using FormFactory.Runtime;
using FormFactory.Workspace;

namespace FormFactory.Cli.Commands
{
    /// <summary><c>formfactory new service ID [--out DIR] [--title TEXT] [--date YYYY-MM-DD]</c>.</summary>
    internal static class NewCommand
    {
        public static Command Create(TextWriter stdout, TextWriter stderr)
        {
            var id = new Argument<string>("id") { Description = "The service id, camelCase (e.g. hundAnmelden)." };
            var output = new Option<string>("--out") { Description = "The definitions folder; the file goes to its services/ folder.", DefaultValueFactory = _ => "definitions" };
            var title = new Option<string?>("--title") { Description = "The German title (default: made from the id)." };
            var date = new Option<string?>("--date") { Description = "The day planning started, YYYY-MM-DD (default: today in Europe/Berlin)." };
            var service = new Command("service", "Writes a new service definition with $schema, factory metadata, one step and one field.") { id, output, title, date };
            service.SetAction(parse => Run(parse.GetValue(id)!, parse.GetValue(output)!, parse.GetValue(title), parse.GetValue(date), stdout, stderr));
            return new Command("new", "Creates definition files.") { service };
        }

        private static int Run(string id, string folder, string? title, string? date, TextWriter stdout, TextWriter stderr)
        {
            if (!ServiceScaffold.IsValidId(id))
                return Usage(stderr, $"'{id}' is no valid service id: start with a lower-case letter, then letters and digits only (camelCase, e.g. hundAnmelden).");
            DateOnly since;
            if (date == null) since = DateOnly.FromDateTime(BerlinClock.Today());
            else if (DateLiterals.TryParse(date, out var d)) since = DateOnly.FromDateTime(d);
            else return Usage(stderr, $"--date '{date}' is not a valid date of the form YYYY-MM-DD.");
            if (title != null && title.Trim().Length == 0) return Usage(stderr, "--title must not be empty.");

            var path = Path.Combine(folder, "services", id + ".form.json");
            IReadOnlyList<string> schemas;
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                var bytes = new UTF8Encoding(false).GetBytes(ServiceScaffold.Json(id, title ?? ServiceScaffold.TitleFromId(id), since));
                stream.Write(bytes, 0, bytes.Length);
                // The file names ../schema/form.schema.json; without it an editor cannot complete or check.
                schemas = SchemaFiles.WriteMissing(folder);
            }
            catch (IOException) when (File.Exists(path))
            {
                return Usage(stderr, $"{path} exists already; choose another id or edit that file.");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Usage(stderr, e.Message);
            }
            stdout.WriteEscapedLine("Created " + path.Replace('\\', '/'));
            foreach (var schema in schemas) stdout.WriteEscapedLine("Created " + schema.Replace('\\', '/'));
            stdout.WriteEscapedLine($"Next: add fields, then run 'formfactory validate {folder.Replace('\\', '/')}'.");
            return Program.ExitCodes.Success;
        }

        private static int Usage(TextWriter stderr, string message)
        {
            stderr.WriteEscapedLine("formfactory: " + message);
            return Program.ExitCodes.UsageOrIo;
        }
    }
}
