using System.Linq;
using System.Text.Json.Nodes;
using FormFactory.Definitions.Binding;
using FormFactory.Fim.Report;

namespace FormFactory.Fim.Tests.Support
{
    /// <summary>Looks into what an import wrote.</summary>
    public static class Imported
    {
        /// <summary>The field <paramref name="id"/> (at any depth) of the written file <paramref name="path"/>.</summary>
        public static JsonObject Field(this FimImportResult result, string path, string id)
        {
            var root = JsonNode.Parse(result.File(path))!.AsObject();
            return Find(root, id) ?? throw new Xunit.Sdk.XunitException($"No field '{id}' in {path}:\n{result.File(path)}");
        }

        /// <summary>The field <paramref name="id"/> of the service the schema became.</summary>
        public static JsonObject FormField(this FimImportResult result, string id) => result.Field("services/testantrag.form.json", id);

        /// <summary>The report entry of the FIM element <paramref name="fimId"/> (with version, e.g. F00000001V1.0).</summary>
        public static ImportReportEntry Entry(this FimImportResult result, string fimId) => result.Report.Entries.Single(e => e.FimId == fimId);

        /// <summary>Asserts the import has no diagnostics and its files bind without any.</summary>
        public static FimImportResult AssertClean(this FimImportResult result)
        {
            Xunit.Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
            var bound = CatalogBinder.Bind(result.Files);
            Xunit.Assert.True(bound.Diagnostics.Count == 0, string.Join("\n", bound.Diagnostics));
            return result;
        }

        private static JsonObject? Find(JsonNode? node, string id)
        {
            switch (node)
            {
                case JsonObject obj:
                    if (obj["id"] is JsonValue v && v.GetValue<string>() == id && (obj.ContainsKey("type") || obj.ContainsKey("block"))) return obj;
                    foreach (var (_, child) in obj)
                        if (Find(child, id) is JsonObject found) return found;
                    return null;
                case JsonArray array:
                    return array.Select(item => Find(item, id)).FirstOrDefault(f => f != null);
                default:
                    return null;
            }
        }
    }
}
