using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormFactory.Definitions.Model;

namespace FormFactory.Generator.Tests.Support
{
    /// <summary>
    /// Makes submissions for one form from a seeded <see cref="Random"/>, so a failure can be replayed: mostly
    /// the form's hand-written sample submissions with a few values replaced, removed or broken, and some built from
    /// scratch. Values come from the samples (which pass the patterns), from the field's bounds and code list, or
    /// are deliberately wrong (wrong JSON type, out of range, unknown code, invalid date, lone surrogate …).
    /// </summary>
    public sealed class SubmissionGenerator
    {
        /// <summary>Stands for a string with a lone surrogate, which JSON writers refuse to write; swapped in afterwards.</summary>
        private const string LoneSurrogate = "\u0001LONE\u0001";

        private static readonly string[] MediaTypes = { "application/pdf", "image/jpeg", "image/png", "image/gif", "text/plain", "APPLICATION/PDF" };
        private static readonly string Sha = new string('a', 63) + "F";

        private readonly FormModel _form;
        private readonly IReadOnlyList<JsonObject> _samples;
        private readonly Dictionary<string, List<JsonNode>> _pool = new(StringComparer.Ordinal);
        private readonly DateTime _today;

        /// <summary>A generator for <paramref name="form"/>, drawing realistic values from <paramref name="samples"/>.</summary>
        public SubmissionGenerator(FormModel form, IEnumerable<string> samples, DateTime today)
        {
            _form = form;
            _today = today;
            _samples = samples.Select(s => JsonNode.Parse(s) as JsonObject).Where(o => o != null).Select(o => o!).ToList();
            foreach (var sample in _samples) Collect(sample, form.Fields);
        }

        /// <summary>One submission as JSON text, determined by <paramref name="seed"/>.</summary>
        public string Generate(int seed)
        {
            var random = new Random(seed);
            JsonObject root;
            if (_samples.Count > 0 && random.Next(10) < 8)
            {
                root = (JsonObject)_samples[random.Next(_samples.Count)].DeepClone();
                int mutations = random.Next(4);
                for (int i = 0; i < mutations; i++) Mutate(random, root, _form.Fields.ToList());
            }
            else root = Build(random, _form.Fields.ToList(), depth: 0);
            string json = root.ToJsonString();
            return json.Replace(JsonSerializer.Serialize(LoneSurrogate), "\"a\\ud800b\"");
        }

        private void Collect(JsonObject json, IEnumerable<FieldModel> fields)
        {
            foreach (var field in fields)
            {
                if (!json.TryGetPropertyValue(field.Id, out var value) || value == null) continue;
                if (field.Kind == FieldKind.Group)
                {
                    if (field.IsRepeated && value is JsonArray items)
                        foreach (var item in items.OfType<JsonObject>()) Collect(item, field.Fields);
                    else if (value is JsonObject group) Collect(group, field.Fields);
                    continue;
                }
                if (!_pool.TryGetValue(field.Path, out var list)) _pool[field.Path] = list = new List<JsonNode>();
                list.Add(value.DeepClone());
            }
        }

        /// <summary>Replaces, removes or breaks one value somewhere in <paramref name="json"/>.</summary>
        private void Mutate(Random random, JsonObject json, List<FieldModel> fields)
        {
            var candidates = fields.Where(f => f.Kind != FieldKind.Info).ToList();
            if (candidates.Count == 0) return;
            var field = candidates[random.Next(candidates.Count)];
            json.TryGetPropertyValue(field.Id, out var current);
            // Descend into a group or an entry half the time, so nested values change too.
            if (field.Kind == FieldKind.Group && current != null && random.Next(2) == 0)
            {
                if (!field.IsRepeated && current is JsonObject group) { Mutate(random, group, field.Fields.ToList()); return; }
                if (field.IsRepeated && current is JsonArray items && items.Count > 0 && items[random.Next(items.Count)] is JsonObject entry)
                {
                    Mutate(random, entry, field.Fields.ToList());
                    return;
                }
            }
            switch (random.Next(6))
            {
                case 0: json.Remove(field.Id); break;
                case 1: json[field.Id] = null; break;
                default: json[field.Id] = Value(random, field, depth: 1); break;
            }
        }

        private JsonObject Build(Random random, List<FieldModel> fields, int depth)
        {
            var json = new JsonObject();
            foreach (var field in fields)
            {
                if (field.Kind == FieldKind.Info || random.Next(5) == 0) continue;
                json[field.Id] = Value(random, field, depth);
            }
            return json;
        }

        private JsonNode? Value(Random random, FieldModel field, int depth)
        {
            // One value in eight has the wrong JSON type, whatever the field.
            if (random.Next(8) == 0) return WrongType(random);
            switch (field.Kind)
            {
                case FieldKind.Group when field.IsRepeated:
                    {
                        int max = field.Repeat!.Max ?? 3;
                        int count = random.Next(Math.Min(max + 2, 5));
                        var items = new JsonArray();
                        for (int i = 0; i < count; i++)
                            items.Add(random.Next(12) == 0 ? WrongType(random) : Build(random, field.Fields.ToList(), depth + 1));
                        return items;
                    }
                case FieldKind.Group: return random.Next(6) == 0 ? new JsonObject() : Build(random, field.Fields.ToList(), depth + 1);
                case FieldKind.Boolean: return random.Next(3) switch { 0 => null, 1 => false, _ => true };
                case FieldKind.Choice: return Code(random, field);
                case FieldKind.MultiChoice:
                    {
                        var codes = new JsonArray();
                        int n = random.Next(5);
                        for (int i = 0; i < n; i++) codes.Add(Code(random, field));
                        return codes;
                    }
                case FieldKind.Integer:
                case FieldKind.Decimal:
                case FieldKind.Money:
                    return Number(random, field);
                case FieldKind.Date: return Date(random, field);
                case FieldKind.File: return File(random, field);
                default: return Text(random, field);
            }
        }

        private JsonNode? FromPool(Random random, FieldModel field) =>
            _pool.TryGetValue(field.Path, out var list) && list.Count > 0 ? list[random.Next(list.Count)].DeepClone() : null;

        private static JsonNode WrongType(Random random) => random.Next(6) switch
        {
            0 => JsonValue.Create(42),
            1 => JsonValue.Create("12"),
            2 => JsonValue.Create(true),
            3 => new JsonArray(),
            4 => new JsonObject(),
            _ => JsonValue.Create(LoneSurrogate),
        };

        private JsonNode? Code(Random random, FieldModel field)
        {
            var values = field.CodeList?.Values;
            switch (random.Next(8))
            {
                case 0: return "unbekannt";
                case 1: return "";
                default: return values == null || values.Count == 0 ? "x" : values[random.Next(values.Count)].Code;
            }
        }

        private JsonNode? Number(Random random, FieldModel field)
        {
            decimal min = field.Min ?? 0m, max = field.Max ?? 1000m;
            switch (random.Next(10))
            {
                case 0: return JsonValue.Create(min - 1);
                case 1: return JsonValue.Create(max + 1);
                case 2: return JsonValue.Create(min);
                case 3: return JsonValue.Create(max);
                case 4: return JsonNode.Parse("1e400");
                case 5: return JsonNode.Parse("3.0");
                case 6: return JsonValue.Create(Math.Round(min + (max - min) * (decimal)random.NextDouble(), random.Next(4)));
                case 7: return JsonNode.Parse("9223372036854775808");
                default: return FromPool(random, field) ?? JsonValue.Create(min);
            }
        }

        private JsonNode? Date(Random random, FieldModel field)
        {
            switch (random.Next(8))
            {
                case 0: return "2026-02-30";
                case 1: return "";
                case 2: return "15.06.2026";
                case 3: return _today.AddDays(random.Next(-3, 4)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                case 4: return _today.AddYears(-random.Next(0, 80)).AddDays(random.Next(-2, 3)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                default: return FromPool(random, field) ?? "2000-01-01";
            }
        }

        private JsonNode? File(Random random, FieldModel field)
        {
            if (random.Next(6) == 0) return FromPool(random, field);
            long limit = (field.MaxSizeKb ?? 1024) * 1024;
            var file = new JsonObject
            {
                ["name"] = random.Next(10) == 0 ? "" : "nachweis.pdf",
                ["mediaType"] = MediaTypes[random.Next(MediaTypes.Length)],
                ["size"] = random.Next(4) switch { 0 => limit, 1 => limit + 1, 2 => -1, _ => random.Next(1, 5000) },
                ["sha256"] = random.Next(8) == 0 ? "abc" : Sha,
            };
            if (random.Next(10) == 0) file.Remove("size");
            return file;
        }

        private JsonNode? Text(Random random, FieldModel field)
        {
            switch (random.Next(16))
            {
                case 12: return "Zeile eins\r\nZeile\tzwei";
                case 13: return "a\u0000b";
                case 14: return "Steuer\u0085zeichen\uFFFE";
                case 15: return "Hund\u001B";
                case 0: return "";
                case 1: return new string('x', (field.MaxLength ?? 20) + 1);
                case 2: return new string('y', Math.Max(0, (field.MinLength ?? 1) - 1));
                case 3: return "DE89 3704 0044 0532 0130 00";
                case 4: return "de89370400440532013001";
                case 5: return "name@example.org";
                case 6: return "+49 6151 123456";
                case 7: return "64283\n";
                case 8: return "Ä\U0001F600" + new string('z', Math.Max(0, (field.MaxLength ?? 3) - 1));
                default: return FromPool(random, field) ?? "Text";
            }
        }
    }
}
