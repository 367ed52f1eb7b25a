using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormFactory.Definitions.Model;

namespace FormFactory.Browser.Tests.Support
{
    /// <summary>
    /// The sample submissions of the semantic core's tests (<c>tests/FormFactory.Definitions.Tests/Cases/Submissions/SERVICE/</c>):
    /// <c>valid-N.json</c> pass the reference validator and <c>invalid-N.json</c> fail it, as of <see cref="Today"/>.
    /// </summary>
    public static class SampleSubmissions
    {
        /// <summary>The day the samples are valid on (the same as in SampleSubmissionTests); the browser's clock is set to it.</summary>
        public static readonly DateTime Today = new DateTime(2026, 6, 15);

        private static string Folder => Path.Combine(Repository.Root, "tests", "FormFactory.Definitions.Tests", "Cases", "Submissions");

        /// <summary>The sample <paramref name="name"/> (e.g. <c>valid-1</c>) of <paramref name="service"/>.</summary>
        public static JsonElement Read(string service, string name)
        {
            string path = Path.Combine(Folder, service, name + ".json");
            if (!File.Exists(path)) throw new FileNotFoundException("no sample submission " + path, path);
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.Clone();
        }

        /// <summary>
        /// <paramref name="sample"/> as the page sends it: a field with a default that the sample leaves out shows its
        /// default, so the citizen's answer is the default (only inside groups the sample has).
        /// </summary>
        public static JsonElement WithDefaults(FormModel form, JsonElement sample)
        {
            var root = JsonNode.Parse(sample.GetRawText())!.AsObject();
            AddDefaults(form.Fields, root);
            using var document = JsonDocument.Parse(root.ToJsonString());
            return document.RootElement.Clone();
        }

        private static void AddDefaults(IEnumerable<FieldModel> fields, JsonObject group)
        {
            foreach (var field in fields)
            {
                var value = group[field.Id];
                if (field.Kind == FieldKind.Group)
                {
                    if (value is JsonObject o) AddDefaults(field.Fields, o);
                    else if (value is JsonArray entries)
                        foreach (var entry in entries)
                            if (entry is JsonObject e) AddDefaults(field.Fields, e);
                }
                else if (!group.ContainsKey(field.Id) && field.DefaultJson != null) group[field.Id] = JsonNode.Parse(field.DefaultJson);
            }
        }
    }
}
