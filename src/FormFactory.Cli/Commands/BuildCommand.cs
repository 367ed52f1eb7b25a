using System;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using FormFactory.Cli.Output;
using FormFactory.Definitions.Binding;
using FormFactory.Rendering;
using FormFactory.Rendering.Build;
using FormFactory.Rendering.Templates;
using FormFactory.Workspace;

namespace FormFactory.Cli.Commands
{
    /// <summary>
    /// <c>formfactory build [PATH] --out DIR [--templates DIR] [--layout both|folders|zips] [--endpoint-origin URL]</c>: validates, then renders every package and portal
    /// whose inputs changed since the build recorded in DIR (all of them the first time). Prints each phase with its
    /// duration and counts.
    /// </summary>
    internal static class BuildCommand
    {
        /// <summary>Identifies this tool's code in the build state: loader, schemas, binder and renderer.</summary>
        private static readonly string Tool = ToolFingerprint.Of(typeof(BuildCommand).Assembly, typeof(CatalogLoader).Assembly,
            typeof(CatalogRenderer).Assembly, typeof(CatalogBinder).Assembly);

        public static Command Create(TextWriter stdout, TextWriter stderr)
        {
            var path = new Argument<string>("path") { Description = "The definitions folder.", DefaultValueFactory = _ => "definitions" };
            var output = new Option<string>("--out") { Description = "The folder to write the packages to; a rebuild renders only what changed.", Required = true };
            var templates = new Option<string?>("--templates") { Description = "A folder whose files replace the default templates of the same relative path." };
            var layout = new Option<string>("--layout")
            {
                Description = "What to write per package: both (default) its folder TENANT/SERVICE/ and its zip TENANT/SERVICE.zip, folders (for a web server), or zips (one file per package, for shipping). Another layout than the previous build's rebuilds everything.",
                DefaultValueFactory = _ => OutputLayout.Both.Name(),
            };
            layout.AcceptOnlyFromAmong(OutputLayouts.Names.ToArray());
            var lang = MessageLanguage.Option();
            var endpointOrigin = new Option<string?>("--endpoint-origin")
            {
                Description = "Post every tenant's forms to this origin (e.g. http://127.0.0.1:5000) instead of its submissionEndpoint's, keeping the path: for a host that receives them itself (formfactory serve).",
            };
            var command = new Command("build", "Validates the catalog and renders a form package per service and tenant, and a portal per tenant.") { path, output, templates, layout, lang, endpointOrigin };
            command.SetAction(parse => Run(parse.GetValue(path)!, parse.GetValue(output)!, parse.GetValue(templates), stdout, stderr, OutputLayouts.Parse(parse.GetValue(layout)!),
                MessageLanguage.Resolve(parse.GetValue(lang)), parse.GetValue(endpointOrigin)).Code);
            return command;
        }

        /// <summary>Runs a build; also used by <c>formfactory bench</c>, which reads the phases.</summary>
        internal static (int Code, BuildPhases Phases, BuildSummary? Summary) Run(string path, string output, string? templatesDir, TextWriter stdout, TextWriter stderr,
            OutputLayout layout = OutputLayout.Both, string language = "en", string? endpointOrigin = null)
        {
            var clock = Stopwatch.StartNew();
            if (endpointOrigin != null)
            {
                try { endpointOrigin = SubmissionEndpoints.OriginOf(endpointOrigin); }
                catch (ArgumentException e)
                {
                    stderr.WriteEscapedLine("formfactory: --endpoint-origin: " + e.Message);
                    return (Program.ExitCodes.UsageOrIo, new BuildPhases(), null);
                }
            }
            // The override changes every page, so it counts as part of the tool: a build with another one starts cold.
            string tool = endpointOrigin == null ? Tool : Tool + " endpoint-origin=" + endpointOrigin;
            var phases = new BuildPhases();
            using var display = BuildProgressDisplay.Create(stdout);
            phases.Finished += display.Phase;
            try
            {
                // A build replaces what is in its output: it must not reach the folders it reads (for one file, its folder).
                string? definitions = Directory.Exists(path) ? path : File.Exists(path) ? Path.GetDirectoryName(Path.GetFullPath(path)) : null;
                if (definitions != null) OutputPaths.CheckSeparate(output, definitions, "definitions folder");
                if (templatesDir != null) OutputPaths.CheckSeparate(output, templatesDir, "templates folder");
                var contents = phases.Run("read", () => DefinitionFolder.ReadContents(path),
                    c => string.Format(CultureInfo.InvariantCulture, "{0} file(s)", c.Files.Count));
                var templates = TemplateSet.Load(templatesDir);
                var renderer = new CatalogRenderer(templates);
                var previous = BuildState.TryLoad(output);
                bool sameCode = previous != null && previous.Tool == tool;

                if (sameCode && contents.Problems.Count == 0 && previous!.SameInputs(contents.Hashes) &&
                    phases.Run("check", () => renderer.IsUpToDate(previous, output, tool, layout), upToDate => upToDate ? "no definition, template or tool changed; every output is in place"
                        : previous.Layout != layout ? $"layout changed from {previous.Layout.Name()} to {layout.Name()}: everything is rendered again" : "outputs are missing"))
                {
                    foreach (var warning in previous.Warnings) stdout.WriteEscapedLine(warning);
                    display.Finish(phases);
                    stdout.WriteEscapedLine(string.Format(CultureInfo.InvariantCulture, "Up to date: {0} package(s) and {1} portal(s) in {2}; nothing rendered ({3:0.0} s).",
                        previous.Packages.Count, previous.Portals.Count, output, clock.Elapsed.TotalSeconds));
                    return (Program.ExitCodes.Success, phases, new BuildSummary(previous.Packages.Count, previous.Portals.Count, 0, 0) { Unchanged = previous.Packages.Count });
                }

                // A file that passed the schema check in the previous build, unchanged since, passes again.
                Func<Definitions.DefinitionFile, bool>? passedBefore = sameCode
                    ? f => previous!.Inputs.TryGetValue(f.Path, out var hash) && contents.Hashes.TryGetValue(f.Path, out var now) && hash == now
                    : null;
                var result = phases.Run("validate", () => CatalogLoader.Bind(contents.Files, contents.Problems, passedBefore),
                    r => string.Format(CultureInfo.InvariantCulture, "{0} service(s), {1} tenant(s): {2} error(s), {3} warning(s)",
                        r.Catalog.Forms.Count, r.Catalog.Tenants.Count, r.Diagnostics.Count(d => d.IsError), r.Diagnostics.Count(d => !d.IsError)));
                var inputs = contents.Hashes;
                // The files' text, the largest part of a big catalog in memory, is not needed to render: let it go.
                contents = null!;
                foreach (var d in result.Diagnostics) (d.IsError ? stderr : stdout).WriteLine(d.ToString(language));
                int errors = result.Diagnostics.Count(d => d.IsError);
                if (errors > 0)
                {
                    display.Finish(phases);
                    stderr.WriteEscapedLine($"formfactory: {errors} error(s) in the definitions; nothing was built.");
                    return (Program.ExitCodes.DefinitionErrors, phases, null);
                }

                var notes = CatalogNotes.For(result.Catalog).Select(n => n.In(language)).ToList();
                var options = new RenderOptions
                {
                    Progress = display.Progress,
                    Phases = phases,
                    Tool = tool,
                    Layout = layout,
                    Inputs = inputs,
                    // Kept in the build state, so an up-to-date build repeats the notes too.
                    Warnings = result.Diagnostics.Select(d => d.ToString(language)).Concat(notes).ToList(),
                };
                var catalog = endpointOrigin == null ? result.Catalog : SubmissionEndpoints.PointAt(result.Catalog, endpointOrigin);
                var summary = renderer.Render(catalog, output, options);
                display.Finish(phases);
                stdout.WriteEscapedLine(string.Format(CultureInfo.InvariantCulture,
                    "Built {0} package(s) and {1} portal(s): {2} rendered, {3} unchanged, {4} removed; {5} file(s), {6:0.0} MB written in {7:0.0} s into {8}.",
                    summary.Packages, summary.Portals, summary.Rendered, summary.Unchanged, summary.Removed, summary.Files, summary.Bytes / 1024.0 / 1024.0,
                    clock.Elapsed.TotalSeconds, output));
                if (result.Catalog.Forms.Count == 0) stdout.WriteEscapedLine("Note: the catalog has no services (*.form.json), so there is nothing to render.");
                foreach (var note in notes) stdout.WriteEscapedLine(note);
                return (Program.ExitCodes.Success, phases, summary);
            }
            catch (TemplateException e)
            {
                display.Finish(phases);
                stderr.WriteEscapedLine(e.Message);
                return (Program.ExitCodes.DefinitionErrors, phases, null);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                display.Finish(phases);
                stderr.WriteEscapedLine($"formfactory: {e.Message}");
                return (Program.ExitCodes.UsageOrIo, phases, null);
            }
        }
    }
}
