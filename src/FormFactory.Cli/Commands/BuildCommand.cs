using System;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using FormFactory.Cli.Output;
using FormFactory.Definitions.Binding;
using FormFactory.Rendering;
using FormFactory.Rendering.Templates;
using FormFactory.Workspace;

namespace FormFactory.Cli.Commands
{
    /// <summary><c>formfactory build [PATH] --out DIR [--templates DIR]</c>: validates, then renders every package and portal.</summary>
    internal static class BuildCommand
    {
        public static Command Create(TextWriter stdout, TextWriter stderr)
        {
            var path = new Argument<string>("path") { Description = "The definitions folder.", DefaultValueFactory = _ => "definitions" };
            var output = new Option<string>("--out") { Description = "The folder to write the packages to (each tenant's folder in it is replaced).", Required = true };
            var templates = new Option<string?>("--templates") { Description = "A folder whose files replace the default templates of the same relative path." };
            var command = new Command("build", "Validates the catalog and renders a form package per service and tenant, and a portal per tenant.") { path, output, templates };
            command.SetAction(parse => Run(parse.GetValue(path)!, parse.GetValue(output)!, parse.GetValue(templates), stdout, stderr));
            return command;
        }

        private static int Run(string path, string output, string? templatesDir, TextWriter stdout, TextWriter stderr)
        {
            var clock = Stopwatch.StartNew();
            CatalogResult result;
            TemplateSet templates;
            try
            {
                result = CatalogLoader.Load(path);
                templates = TemplateSet.Load(templatesDir);
            }
            catch (TemplateException e)
            {
                stderr.WriteLine(e.Message);
                return Program.ExitCodes.DefinitionErrors;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"formfactory: {e.Message}");
                return Program.ExitCodes.UsageOrIo;
            }

            foreach (var d in result.Diagnostics) (d.IsError ? stderr : stdout).WriteLine(d.ToString());
            int errors = result.Diagnostics.Count(d => d.IsError);
            if (errors > 0)
            {
                stderr.WriteLine($"formfactory: {errors} error(s) in the definitions; nothing was built.");
                return Program.ExitCodes.DefinitionErrors;
            }

            BuildSummary summary;
            try
            {
                var renderer = new CatalogRenderer(templates);
                summary = BuildProgressDisplay.Run(stdout, progress => renderer.Render(result.Catalog, output, progress));
            }
            catch (TemplateException e)
            {
                stderr.WriteLine(e.Message);
                return Program.ExitCodes.DefinitionErrors;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"formfactory: {e.Message}");
                return Program.ExitCodes.UsageOrIo;
            }
            clock.Stop();
            stdout.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "Built {0} package(s) and {1} portal(s): {2} file(s), {3:0.0} MB in {4:0.0} s into {5}.",
                summary.Packages, summary.Portals, summary.Files, summary.Bytes / 1024.0 / 1024.0, clock.Elapsed.TotalSeconds, output));
            return Program.ExitCodes.Success;
        }
    }
}
