using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using FormFactory.Definitions;
using FormFactory.Rendering;
using FormFactory.Rendering.Packages;
using FormFactory.Rendering.Templates;
using FormFactory.Workspace;
using Microsoft.CodeAnalysis;

namespace FormFactory.Fim.Tests.Support
{
    /// <summary>Takes imported definitions through the rest of the factory: the generator and the rendering.</summary>
    public static class ImportedService
    {
        private const string Tenant = "fimtest";

        /// <summary>
        /// The imported files with a service: a Datenfeldgruppe message becomes blocks only, so a one-step service
        /// holding every block no other block holds is added, as a designer would.
        /// </summary>
        public static List<DefinitionFile> WithService(IReadOnlyList<DefinitionFile> files)
        {
            var result = files.ToList();
            if (result.Any(f => f.Kind == DefinitionFileKind.Form)) return result;
            var blocks = files.Where(f => f.Kind == DefinitionFileKind.Block).Select(f => f.IdFromName!).ToList();
            var top = blocks.Where(b => !files.Any(f => f.Text.Contains("\"block\": \"" + b + "\"", StringComparison.Ordinal)));
            var form = new JsonObject
            {
                ["id"] = "fimGruppe",
                ["title"] = "FIM-Gruppe",
                ["steps"] = new JsonArray(new JsonObject
                {
                    ["id"] = "angaben",
                    ["title"] = "Angaben",
                    ["fields"] = new JsonArray(top.Select(b => (JsonNode)new JsonObject { ["id"] = b, ["block"] = b }).ToArray()),
                }),
            };
            result.Add(new DefinitionFile("services/fimGruppe.form.json", form.ToJsonString()));
            return result;
        }

        /// <summary>Asserts the generator makes code for the service that compiles without warnings.</summary>
        public static void AssertGeneratesCleanCode(IReadOnlyList<DefinitionFile> files)
        {
            var (generator, sources, compiler) = GeneratorRun.Run(files);
            Assert.True(generator.All(d => d.Severity < DiagnosticSeverity.Warning), string.Join("\n", generator));
            Assert.True(compiler.Count == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", compiler.Take(20)));
            string form = files.Single(f => f.Kind == DefinitionFileKind.Form).IdFromName!;
            Assert.Contains(char.ToUpperInvariant(form[0]) + form.Substring(1) + ".g.cs", sources.Keys);
        }

        /// <summary>
        /// Renders the service as <c>formfactory build</c> does: the files in a definitions folder with a tenant offering
        /// the service, loaded from disk and rendered by the catalog renderer. Asserts a package and its zip are written
        /// with a submission schema, and that every field's label is on the page, HTML-encoded.
        /// </summary>
        public static void AssertRenders(IReadOnlyList<DefinitionFile> files)
        {
            string service = files.Single(f => f.Kind == DefinitionFileKind.Form).IdFromName!;
            string root = Path.Combine(Path.GetTempPath(), "ff-fim-render-" + Guid.NewGuid().ToString("N"));
            try
            {
                string definitions = Path.Combine(root, "definitions"), output = Path.Combine(root, "out");
                foreach (var f in files) Write(definitions, f.Path, f.Text);
                Write(definitions, "tenants/" + Tenant + ".tenant.json",
                    new JsonObject { ["id"] = Tenant, ["name"] = "FIM-Testgemeinde", ["type"] = "gemeinde", ["offers"] = new JsonArray(service) }.ToJsonString());

                var loaded = CatalogLoader.Load(definitions);
                Assert.True(!loaded.HasErrors, string.Join("\n", loaded.Diagnostics.Where(d => d.IsError)));
                var summary = new CatalogRenderer(TemplateSet.Load()).Render(loaded.Catalog, output);
                Assert.Equal(1, summary.Packages);

                string package = Path.Combine(output, Tenant, service);
                Assert.True(File.Exists(Path.Combine(output, Tenant, service + ".zip")));
                var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(package, PackageBuilder.SchemaFile)))!;
                Assert.Equal("object", schema["type"]?.GetValue<string>());
                string html = File.ReadAllText(Path.Combine(package, "index.html"));
                Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
                var missing = Labels(files).Where(label => !html.Contains(Encoders.Html(label), StringComparison.Ordinal)).ToList();
                Assert.True(missing.Count == 0, "Labels not on the page: " + string.Join(" | ", missing));
            }
            finally
            {
                if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
            }
        }

        private static void Write(string folder, string relative, string text)
        {
            string path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        /// <summary>The label of every field of the service and its blocks.</summary>
        private static List<string> Labels(IEnumerable<DefinitionFile> files) =>
            files.Where(f => f.Kind is DefinitionFileKind.Form or DefinitionFileKind.Block)
                .SelectMany(f => FieldLabels(JsonNode.Parse(f.Text)))
                .Distinct(StringComparer.Ordinal)
                .ToList();

        private static IEnumerable<string> FieldLabels(JsonNode? node) => node switch
        {
            JsonObject obj => (obj["label"] is JsonValue label && label.TryGetValue(out string? text) ? new[] { text } : Array.Empty<string>())
                .Concat(obj.SelectMany(p => FieldLabels(p.Value))),
            JsonArray array => array.SelectMany(FieldLabels),
            _ => Enumerable.Empty<string>(),
        };
    }
}
