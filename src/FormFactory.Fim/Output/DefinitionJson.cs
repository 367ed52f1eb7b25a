using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormFactory.Fim.Output
{
    /// <summary>
    /// Writes definition files the way people write them: two-space indentation, <c>\n</c> line ends, umlauts as
    /// they are, and properties in one fixed order (id first, fields last), so that output is byte-identical for the
    /// same input and diffs between imports stay small.
    /// </summary>
    public static class DefinitionJson
    {
        /// <summary>The order of properties in every object; others follow in the order they were added.</summary>
        private static readonly string[] Order =
        {
            "$schema", "id", "code", "version", "type", "block", "title", "label", "summary", "hint", "text", "description",
            "legalBasis", "required", "requiredWhen", "visibleWhen", "min", "max", "minLength", "maxLength", "pattern", "scale",
            "codeList", "minItems", "maxItems", "accept", "maxSizeKb", "repeat", "itemLabel", "default", "source", "fim", "notes",
            "steps", "fields", "values", "rules",
        };

        private static readonly JsonSerializerOptions Options = new()
        {
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            // Files, not HTML: umlauts, § and quotes inside texts stay readable. JSON's own escapes still apply.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        /// <summary>The text of <paramref name="root"/>, ending with a line break.</summary>
        public static string Write(JsonObject root) => Ordered(root)!.ToJsonString(Options) + "\n";

        private static JsonNode? Ordered(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    var result = new JsonObject();
                    // OrderBy is stable: properties of equal rank keep the order they were added in.
                    foreach (var (name, value) in obj.ToList().OrderBy(p => Rank(p.Key)))
                        result[name] = Ordered(value);
                    return result;
                case JsonArray array:
                    return new JsonArray(array.Select(Ordered).ToArray());
                default:
                    return node?.DeepClone();
            }
        }

        private static int Rank(string name)
        {
            int i = Array.IndexOf(Order, name);
            return i < 0 ? Order.Length : i;
        }
    }
}
