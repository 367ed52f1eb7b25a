using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using FormFactory.Definitions;
using FormFactory.Fim.Tests.Support;
using FormFactory.Rendering;
using FormFactory.Rendering.Packages;
using FormFactory.Rendering.Templates;
using FormFactory.Workspace;

namespace FormFactory.Fim.Tests
{
    /// <summary>
    /// Every real export under Cases/ renders as <c>formfactory build</c> renders it: imported into a definitions
    /// folder with a tenant offering the service, loaded from disk, and rendered by the catalog renderer.
    /// </summary>
    public class RenderingTests
    {
        private const string Tenant = "fimtest";

        public static TheoryData<string> Exports() => RealExportTests.Exports();

        [Theory]
        [MemberData(nameof(Exports))]
        public void ImportedServiceRendersAPackageShowingEveryLabel(string file)
        {
            var imported = Cases.Import(file);
            var files = imported.Files.ToList();
            // A Datenfeldgruppe message becomes blocks only; a designer puts them into a service, as this one does.
            if (!files.Any(f => f.Kind == DefinitionFileKind.Form)) files.Add(ServiceUsing(files));
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
                var missing = Labels(files).Where(label => !html.Contains(Encoders.Html(label), StringComparison.Ordinal)).ToList();
                Assert.True(missing.Count == 0, "Labels not on the page: " + string.Join(" | ", missing));
            }
            finally
            {
                if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
            }
        }

        /// <summary>A one-step service holding every imported block that no other block holds.</summary>
        private static DefinitionFile ServiceUsing(IReadOnlyList<DefinitionFile> files)
        {
            var blocks = files.Where(f => f.Kind == DefinitionFileKind.Block).Select(f => f.IdFromName!).ToList();
            var top = blocks.Where(b => !files.Any(f => f.Text.Contains("\"block\": \"" + b + "\"", StringComparison.Ordinal)));
            var fields = new JsonArray(top.Select(b => (JsonNode)new JsonObject { ["id"] = b, ["block"] = b }).ToArray());
            var form = new JsonObject
            {
                ["id"] = "fimGruppe",
                ["title"] = "FIM-Gruppe",
                ["steps"] = new JsonArray(new JsonObject { ["id"] = "angaben", ["title"] = "Angaben", ["fields"] = fields }),
            };
            return new DefinitionFile("services/fimGruppe.form.json", form.ToJsonString());
        }

        private static void Write(string folder, string relative, string text)
        {
            string path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        /// <summary>The label of every field of the imported service and its blocks.</summary>
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
