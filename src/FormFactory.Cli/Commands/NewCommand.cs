using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Linq;
using FormFactory.Cli.Output;
using FormFactory.Cli.Scaffolding;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Model;
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
            var lang = MessageLanguage.Option();
            var service = new Command("service", "Writes a new service definition with $schema, factory metadata, one step and one field.") { id, output, title, date, lang };
            service.SetAction(parse => Run(parse.GetValue(id)!, parse.GetValue(output)!, parse.GetValue(title), parse.GetValue(date), MessageLanguage.Resolve(parse.GetValue(lang)), stdout, stderr));
            return new Command("new", "Creates definition files.") { service };
        }

        private static int Run(string id, string folder, string? title, string? date, string language, TextWriter stdout, TextWriter stderr)
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
                var languages = PageLanguages(folder);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                var bytes = new UTF8Encoding(false).GetBytes(ServiceScaffold.Json(id, title ?? ServiceScaffold.TitleFromId(id), since, languages));
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
            foreach (var note in ScaffoldNotes(folder, id)) stdout.WriteEscapedLine(note.In(language));
            stdout.WriteEscapedLine($"Next: add fields, then run '{ToolInvocation.Current} validate {folder.Replace('\\', '/')}'.");
            return Program.ExitCodes.Success;
        }

        /// <summary>The page languages the factory publishes (all of them when the folder has no factory.json).</summary>
        private static IReadOnlyList<string> PageLanguages(string folder)
        {
            var factoryFile = Path.Combine(folder, "factory.json");
            var settings = File.Exists(factoryFile) ? CatalogLoader.Load(factoryFile).Catalog.Settings : null;
            return FactorySettings.PageLanguages.Where(l => settings == null || settings.Publishes(l)).ToList();
        }

        /// <summary>
        /// What the catalog with the new service will not build for it (no tenant offers it; a language without its
        /// title), and that the title's translations are placeholders.
        /// </summary>
        private static IEnumerable<MessagePart> ScaffoldNotes(string folder, string id)
        {
            var result = CatalogLoader.Load(folder);
            var form = result.Catalog.Form(id);
            if (form != null && FactorySettings.PageLanguages.Any(l => l != "de" && form.Title.TryGet(l) is string t && t.StartsWith(ServiceScaffold.PlaceholderMark(l), StringComparison.Ordinal)))
                yield return new MessagePart(
                    $"Note: the title's translations are placeholders starting with '{ServiceScaffold.PlaceholderMark("en").Trim()}' (or another language); translate them before publishing.",
                    $"Hinweis: Die Übersetzungen des Titels sind Platzhalter, die mit '{ServiceScaffold.PlaceholderMark("en").Trim()}' (oder einer anderen Sprache) beginnen; übersetzen Sie sie vor der Veröffentlichung.");
            foreach (var note in CatalogNotes.For(result.Catalog, id)) yield return note;
        }

        private static int Usage(TextWriter stderr, string message)
        {
            stderr.WriteEscapedLine("formfactory: " + message);
            return Program.ExitCodes.UsageOrIo;
        }
    }
}
