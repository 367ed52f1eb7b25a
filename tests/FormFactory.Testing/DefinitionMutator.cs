using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormFactory.Testing
{
    /// <summary>
    /// Breaks a definition file the way people and tools break them: cut and truncated text, stray characters,
    /// swapped values, duplicate and invalid ids, garbled expressions, wrong types, hostile nesting, huge strings,
    /// awkward Unicode and extreme numbers. Everything comes from the given <see cref="Random"/>, so a seed
    /// reproduces a run exactly.
    /// </summary>
    public sealed class DefinitionMutator
    {
        private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 512 };
        private static readonly string[] ExpressionProperties = { "visibleWhen", "requiredWhen", "assert", "when", "min", "max" };
        private static readonly string[] Operators = { "==", "!=", "&&", "||", "<=", ">=", "<", ">", "+", "-", "*", "/", "!", "(", ")", ",", "." };

        /// <summary>Characters that matter to JSON, to the expression language, to regexes, and to Unicode handling.</summary>
        private static readonly string[] Strays =
        {
            "{", "}", "[", "]", "\"", ",", ":", "\\", "'", "/", "//", "/*", "*", "-", "+", ".", "e", "0", "1e", " ", "\t", "\r", "\n", "\r\n",
            "\0", "\u0001", "\u001f", "\u007f", "\uFEFF", "\uFFFE", "\uFFFF", "\u00A0", "\u2028", "\u2029", "\u200B", "\u202E",
            "\uD800", "\uDC00", "\uDBFF\uDFFF", "😀", "ß", "Ä", "İ", "ǅ", "\\u0000", "\\uD800", "\\u12", "\\x", "true", "null", "nul", "NaN", "Infinity",
        };

        private static readonly string[] InvalidIds =
        {
            "", " ", "1abc", "Abc", "a-b", "a_b", "a b", "a.b", "a/b", "groß", "ÄÖÜ", "a\u0000", "\uD800", "a\nb", "abc\n", "a\u200Bb", "𝒜bc",
            "item", "true", "null", "__proto__", "constructor",
        };

        /// <summary>Valid ids that collide with the output layout, differ from a sample id only in case, or name a Windows device.</summary>
        private static readonly string[] IdsTheFileSystemRefuses =
        {
            "assets", "aSSETS", "con", "nul", "prn", "aux", "com1", "lPT9", "hundanmelden", "hundAnmeldeN", "rOSSDORF", "anschrifT",
        };

        private static readonly string[] RawValues =
        {
            "0", "-0", "-0.0", "0e0", "1", "-1", "0.5", "1.50", "1e2", "1E+2", "1e-2", "1e999999", "-1e999999", "1e-999999", "1E400",
            "123456789012345678901234567890", "79228162514264337593543950336", "-79228162514264337593543950336", "9223372036854775808",
            "2147483648", "4294967296", "0.0000000000000000000000000001", "0.00000000000000000000000000001", "3.14159265358979323846264338327950288",
            "true", "false", "null", "\"\"", "\" \"", "\"text\"", "\"2026-02-30\"", "\"2026-01-01\"", "\"today()\"", "\"1e3\"", "\"-0\"",
            "[]", "{}", "[null]", "[1, \"a\", null, true]", "[[]]", "{\"de\": \"\"}", "{\"en\": \"only English\"}", "{\"de\": 1}", "{\"DE\": \"x\"}",
            "{\"min\": 5, \"max\": 1}", "{\"min\": -1}", "{\"max\": 0}", "\"\\u0000\"", "\"\\uD800\"", "\"\\uDC00\\uD800\"", "\"\\uFEFF\"",
        };

        private static readonly string[] UnknownNames =
        {
            "gibtEsNicht", "item", "item.x", "person.unbekannt", "hunde.name", "item.item", "a.b.c.d.e.f", "true.x", "Person", "_", "x9",
        };

        private readonly Random _random;

        public DefinitionMutator(Random random) => _random = random;

        /// <summary>Applies one to three mutations to <paramref name="text"/> and says which.</summary>
        public (string Text, string Description) Mutate(string text)
        {
            int count = _random.Next(5) == 0 ? 2 + _random.Next(2) : 1;
            var steps = new List<string>();
            for (int i = 0; i < count; i++)
            {
                text = MutateOnce(text, out var description);
                steps.Add(description);
            }
            return (text, string.Join("; then ", steps));
        }

        private string MutateOnce(string text, out string description)
        {
            // Tree mutations keep the file valid JSON so they reach the binder; text mutations mostly test the parser.
            int pick = _random.Next(100);
            if (pick < 55 && TryParse(text) is JsonNode root)
            {
                try
                {
                    var result = MutateTree(root, pick, out description);
                    if (result != null) return result;
                }
                catch (Exception e) when (e is InvalidOperationException or ArgumentException or JsonException or FormatException)
                {
                    // System.Text.Json refuses some of what earlier mutations made (lone surrogates, say): mutate the text instead.
                }
            }
            return MutateText(text, out description);
        }

        // ---- text mutations ----

        private string MutateText(string text, out string description)
        {
            int at = text.Length == 0 ? 0 : _random.Next(text.Length + 1);
            switch (_random.Next(10))
            {
                case 0:
                    {
                        int length = Math.Min(text.Length - at, 1 + _random.Next(_random.Next(2) == 0 ? 4 : 200));
                        description = $"cut {length} characters at {at}";
                        return text.Remove(at, Math.Max(0, length));
                    }
                case 1:
                    description = $"truncated to {at} characters";
                    return text.Substring(0, at);
                case 2:
                    {
                        var s = Stray();
                        description = $"inserted {Show(s)} at {at}";
                        return text.Insert(at, s);
                    }
                case 3:
                    {
                        // Break the UTF-8 bytes, then decode leniently as a host without strict decoding would.
                        var bytes = Encoding.UTF8.GetBytes(text).ToList();
                        int where = bytes.Count == 0 ? 0 : _random.Next(bytes.Count);
                        string what;
                        switch (_random.Next(3))
                        {
                            case 0: if (bytes.Count > 0) bytes.RemoveAt(where); what = "removed byte"; break;
                            case 1: bytes.Insert(where, (byte)(0x80 + _random.Next(0x80))); what = "inserted byte"; break;
                            default: if (bytes.Count > 0) bytes[where] ^= (byte)(1 << _random.Next(8)); what = "flipped a bit of byte"; break;
                        }
                        description = $"{what} at {where}";
                        return Encoding.UTF8.GetString(bytes.ToArray());
                    }
                case 4:
                    {
                        var lines = text.Split('\n').ToList();
                        int i = _random.Next(lines.Count), j = _random.Next(lines.Count);
                        if (_random.Next(2) == 0)
                        {
                            lines.Insert(j, lines[i]);
                            description = $"duplicated line {i + 1} before line {j + 1}";
                        }
                        else
                        {
                            (lines[i], lines[j]) = (lines[j], lines[i]);
                            description = $"swapped lines {i + 1} and {j + 1}";
                        }
                        return string.Join("\n", lines);
                    }
                case 5:
                    {
                        var nesting = Nesting();
                        description = $"inserted {Describe(nesting)} at {at}";
                        return text.Insert(at, nesting);
                    }
                case 6:
                    {
                        var s = _random.Next(3) switch { 0 => "\uFEFF", 1 => "\uFEFF\uFEFF", _ => "\0" };
                        description = $"put {Show(s)} at the start";
                        return s + text;
                    }
                case 7:
                    {
                        // Replace a quoted string's content (often an id or an expression) with something awkward.
                        int quote = text.IndexOf('"', at);
                        int end = quote < 0 ? -1 : text.IndexOf('"', quote + 1);
                        if (end < 0) goto case 2;
                        var s = _random.Next(2) == 0 ? Pick(InvalidIds) : HugeString();
                        description = $"replaced the string at {quote} with {Describe(s)}";
                        return text.Substring(0, quote) + JsonString(s) + text.Substring(end + 1);
                    }
                case 8:
                    {
                        int length = Math.Min(text.Length - at, _random.Next(40));
                        description = $"repeated {length} characters at {at} 1000 times";
                        var piece = text.Substring(at, Math.Max(0, length));
                        return text.Insert(at, string.Concat(Enumerable.Repeat(piece, 1000)));
                    }
                default:
                    {
                        // Change one character into a neighbour JSON cares about.
                        if (text.Length == 0) goto case 2;
                        int i = Math.Min(at, text.Length - 1);
                        char c = "{}[],:\"' 0a\\".ElementAt(_random.Next(12));
                        description = $"changed {Show(text[i].ToString())} at {i} to {Show(c.ToString())}";
                        return text.Substring(0, i) + c + text.Substring(i + 1);
                    }
            }
        }

        // ---- tree mutations ----

        private string? MutateTree(JsonNode root, int pick, out string description)
        {
            var slots = Slots(root).ToList();
            var raws = new Dictionary<string, string>();
            description = "";
            switch (pick % 13)
            {
                case 0:
                    {
                        // Swap two values between properties.
                        var properties = slots.Where(s => s.Name != null).ToList();
                        if (properties.Count < 2) return null;
                        var a = Pick(properties);
                        var b = Pick(properties);
                        var va = a.Get()?.DeepClone();
                        var vb = b.Get()?.DeepClone();
                        a.Set(vb);
                        b.Set(va);
                        description = $"swapped the values of {a.Where} and {b.Where}";
                        break;
                    }
                case 1:
                    {
                        // Duplicate an id (or a code) among siblings, or a whole array item.
                        var arrays = slots.Select(s => s.Get()).OfType<JsonArray>().Where(a => a.Count > 0 && a.All(i => i is JsonObject)).ToList();
                        if (arrays.Count == 0) return null;
                        var array = Pick(arrays);
                        var item = array[_random.Next(array.Count)]!.AsObject();
                        if (item.Count == 0) return null;
                        if (_random.Next(2) == 0 || array.Count == 1)
                        {
                            array.Insert(_random.Next(array.Count + 1), item.DeepClone());
                            description = $"duplicated an item of {array.GetPath()}";
                        }
                        else
                        {
                            var other = array[_random.Next(array.Count)]!.AsObject();
                            string key = item.ContainsKey("id") ? "id" : item.ContainsKey("code") ? "code" : item.First().Key;
                            other[key] = item[key]?.DeepClone();
                            description = $"copied {key} of one item of {array.GetPath()} to another";
                        }
                        break;
                    }
                case 2:
                    {
                        // An invalid id.
                        var ids = slots.Where(s => s.Name is "id" or "block" or "codeList" or "code").ToList();
                        if (ids.Count == 0) return null;
                        var slot = Pick(ids);
                        var id = _random.Next(3) == 0 ? Pick(IdsTheFileSystemRefuses) : Pick(InvalidIds);
                        slot.Set(Raw(raws, JsonString(id)));
                        description = $"set {slot.Where} to {Describe(id)}";
                        break;
                    }
                case 3:
                case 4:
                    {
                        // A garbled expression, or a new one where there was none.
                        var expressions = slots.Where(s => s.Name != null && ExpressionProperties.Contains(s.Name) && s.Get() is JsonValue v && v.TryGetValue<string>(out _)).ToList();
                        if (expressions.Count > 0 && _random.Next(4) != 0)
                        {
                            var slot = Pick(expressions);
                            var before = slot.Get()!.GetValue<string>();
                            var after = GarbleExpression(before);
                            slot.Set(Raw(raws, JsonString(after)));
                            description = $"changed the expression {slot.Where} from {Describe(before)} to {Describe(after)}";
                        }
                        else
                        {
                            var fields = slots.Select(s => s.Get()).OfType<JsonObject>().Where(o => o.ContainsKey("id") && (o.ContainsKey("type") || o.ContainsKey("assert"))).ToList();
                            if (fields.Count == 0) return null;
                            var field = Pick(fields);
                            string property = field.ContainsKey("assert") ? Pick(new[] { "assert", "when" }) : Pick(new[] { "visibleWhen", "requiredWhen", "min", "max" });
                            var expression = GarbleExpression(Pick(new[] { "true", "a == 'x'", "today()", "len(x) > 3", "1 + 2" }));
                            field[property] = Raw(raws, JsonString(expression));
                            description = $"set {field.GetPath()}.{property} to {Describe(expression)}";
                        }
                        break;
                    }
                case 5:
                    {
                        // A value of another type, or an extreme number.
                        if (slots.Count == 0) return null;
                        var slot = Pick(slots);
                        var raw = Pick(RawValues);
                        slot.Set(Raw(raws, raw));
                        description = $"set {slot.Where} to {raw}";
                        break;
                    }
                case 6:
                    {
                        // Hostile nesting in place of a value.
                        if (slots.Count == 0) return null;
                        var slot = Pick(slots);
                        var nesting = Nesting();
                        slot.Set(Raw(raws, nesting));
                        description = $"set {slot.Where} to {Describe(nesting)}";
                        break;
                    }
                case 7:
                    {
                        // A huge or awkward string in place of a string, or an awkward character (a control character,
                        // a lone surrogate, a noncharacter) inside a code, an id or a name, where it is easily overlooked.
                        var strings = slots.Where(s => s.Get() is JsonValue v && v.TryGetValue<string>(out _)).ToList();
                        if (strings.Count == 0) return null;
                        var named = strings.Where(s => s.Name is "code" or "id" or "label" or "title" or "name").ToList();
                        int how = _random.Next(4);
                        var slot = how == 3 && named.Count > 0 ? Pick(named) : Pick(strings);
                        string before = slot.Get()!.GetValue<string>();
                        var s = how == 3 ? before.Insert(_random.Next(before.Length + 1), AwkwardString()) : how == 0 ? AwkwardString() : HugeString();
                        slot.Set(Raw(raws, JsonString(s)));
                        description = $"set {slot.Where} to {Describe(s)}";
                        break;
                    }
                case 8:
                    {
                        // Remove a property, or an array item.
                        if (slots.Count == 0) return null;
                        var slot = Pick(slots);
                        slot.Remove();
                        description = $"removed {slot.Where}";
                        break;
                    }
                case 9:
                    {
                        // An unknown property, possibly a near miss of a known one.
                        var objects = slots.Select(s => s.Get()).OfType<JsonObject>().Prepend(root as JsonObject).OfType<JsonObject>().ToList();
                        if (objects.Count == 0) return null;
                        var o = Pick(objects);
                        string name = _random.Next(2) == 0 && o.Count > 0 ? Typo(o.ElementAt(_random.Next(o.Count)).Key) : Pick(new[] { "", "$ref", "__proto__", "requird", "Type", "fields", "repeat", "codeList", "pattern", "messages" });
                        if (o.ContainsKey(name)) return null;
                        o[name] = Raw(raws, Pick(RawValues));
                        description = $"added property {Describe(name)} to {o.GetPath()}";
                        break;
                    }
                case 11:
                    {
                        // Amplification: a small change that multiplies what the form describes (issue 18, item 2).
                        var holders = slots.Select(s => s.Get()).OfType<JsonObject>().Where(o => o["fields"] is JsonArray { Count: > 0 }).ToList();
                        if (holders.Count == 0) return null;
                        var holder = Pick(holders);
                        var fields = holder["fields"]!.AsArray();
                        switch (_random.Next(3))
                        {
                            case 0:
                                {
                                    // Wrap the fields in nested repeated groups with large minimums.
                                    int levels = 2 + _random.Next(4), min = Pick(new[] { 10, 50, 100, 1000, 10000 });
                                    JsonNode inner = fields.DeepClone();
                                    for (int level = 0; level < levels; level++)
                                        inner = new JsonArray(new JsonObject { ["id"] = "verstaerker" + level, ["type"] = "group", ["label"] = "V", ["repeat"] = new JsonObject { ["min"] = min }, ["fields"] = inner });
                                    holder["fields"] = inner;
                                    description = $"wrapped the fields of {holder.GetPath()} in {levels} repeated groups with min {min}";
                                    break;
                                }
                            case 1:
                                {
                                    // Copy the fields many times over (new ids), past the field limit or close to it.
                                    int copies = Pick(new[] { 100, 1000, 6000 });
                                    var copied = new JsonArray();
                                    for (int c = 0; c < copies && copied.Count < 12000; c++)
                                        foreach (var f in fields)
                                        {
                                            var clone = f!.DeepClone();
                                            if (clone is JsonObject o && o["id"] is JsonValue id && id.TryGetValue<string>(out var oldId)) o["id"] = oldId + "k" + c;
                                            copied.Add(clone);
                                        }
                                    holder["fields"] = copied;
                                    description = $"copied the fields of {holder.GetPath()} {copies} times";
                                    break;
                                }
                            default:
                                {
                                    // A chain of visibleWhen references, each field reading the one before.
                                    int length = Pick(new[] { 100, 2000, 6000 });
                                    var chain = new JsonArray();
                                    for (int c = 0; c < length; c++)
                                        chain.Add(new JsonObject { ["id"] = "kette" + c, ["type"] = "text", ["label"] = "K", ["visibleWhen"] = c == 0 ? "true" : $"kette{c - 1} != 'x'" });
                                    foreach (var f in fields) chain.Add(f!.DeepClone());
                                    holder["fields"] = chain;
                                    description = $"put a chain of {length} visibleWhen references before the fields of {holder.GetPath()}";
                                    break;
                                }
                        }
                        break;
                    }
                case 12:
                    {
                        // A control character, non-character or lone surrogate in a string (a label, an id, a code, a pattern).
                        var strings = slots.Where(s => s.Get() is JsonValue v && v.TryGetValue<string>(out _)).ToList();
                        if (strings.Count == 0) return null;
                        var slot = Pick(strings);
                        var before = slot.Get()!.GetValue<string>();
                        int at = _random.Next(before.Length + 1);
                        string head = JsonString(before.Substring(0, at));
                        string escaped = head.Substring(0, head.Length - 1) + Pick(new[] { "\\u0000", "\\u0001", "\\t", "\\n", "\\r", "\\u001B", "\\u007F", "\\u0085", "\\u2028", "\\uFEFF", "\\uFFFE", "\\uFFFF", "\\uFDD0", "\\uD800", "\\uDC00", "\\u202E" })
                            + JsonString(before.Substring(at)).Substring(1);
                        slot.Set(Raw(raws, escaped));
                        description = $"put a control character into {slot.Where}: {Describe(escaped)}";
                        break;
                    }
                default:
                    {
                        // A pattern that is no regular expression, not portable, or catastrophic.
                        var fields = slots.Select(s => s.Get()).OfType<JsonObject>().Where(o => o.ContainsKey("type")).ToList();
                        if (fields.Count == 0) return null;
                        var field = Pick(fields);
                        var pattern = Pick(new[] { "(", ")", "[", "a{2,1}", "\\", "(?i)abc", "(?<=a)b", "\\p{L}", "a*+", "(a+)+$", "(a|a)*b", "^(\\d+)*$", "[\\s\\S]*", "(?#x)", "\\A\\z", "(?<name>a)\\k<name>", ".{0,100000}", "" });
                        field["pattern"] = Raw(raws, JsonString(pattern));
                        description = $"set {field.GetPath()}.pattern to {Describe(pattern)}";
                        break;
                    }
            }
            string text = root.ToJsonString(Indented);
            foreach (var (marker, raw) in raws) text = text.Replace("\"" + marker + "\"", raw);
            return text;
        }

        /// <summary>A placeholder string that is swapped for <paramref name="raw"/> text after serialising.</summary>
        private static JsonNode Raw(Dictionary<string, string> raws, string raw)
        {
            string marker = "@@raw" + raws.Count + "@@";
            raws[marker] = raw;
            return JsonValue.Create(marker)!;
        }

        private string GarbleExpression(string e)
        {
            switch (_random.Next(12))
            {
                case 0:
                    {
                        // Remove an operator.
                        var found = Operators.Where(op => e.Contains(op, StringComparison.Ordinal)).ToList();
                        if (found.Count == 0) return e + " &&";
                        var op = Pick(found);
                        int i = e.IndexOf(op, StringComparison.Ordinal);
                        return e.Remove(i, op.Length);
                    }
                case 1:
                    {
                        // Replace an operator with another.
                        var found = Operators.Where(op => e.Contains(op, StringComparison.Ordinal)).ToList();
                        var with = Pick(new[] { "=", "&", "|", "===", "<>", "=>", "+", "&&", "!", ",", "..", "**", "//" });
                        if (found.Count == 0) return e + " " + with + " 1";
                        var op = Pick(found);
                        int i = e.IndexOf(op, StringComparison.Ordinal);
                        return e.Substring(0, i) + with + e.Substring(i + op.Length);
                    }
                case 2:
                    {
                        // Unbalance the parentheses.
                        int i = _random.Next(e.Length + 1);
                        return e.Insert(i, _random.Next(2) == 0 ? "(" : ")");
                    }
                case 3:
                    {
                        // An unknown field, or 'item' where there is no entry.
                        var name = Pick(UnknownNames);
                        return _random.Next(2) == 0 ? name + " == 'x'" : e + " && " + name + " != null";
                    }
                case 4:
                    {
                        // Wrong types.
                        return Pick(new[]
                        {
                            e + " + 1", e + " && 'text'", "!'text'", "-'text'", e + " < true", "'a' < 1", "today() > 3", "today() + 1",
                            "len(3)", "age('x')", "count(" + e + ")", "sum(" + e + ", item.x)", "contains('a', 'b')", "contains(" + e + ")",
                            "isEmpty()", "today(1)", "date('2026-02-30')", "date('x')", "date(today())", "date(1)", "unbekannt(1)", "item",
                            "null == null", "null < 1", "1 / 0", "79228162514264337593543950335 * 10", "99999999999999999999999999999",
                            "1234567890123456789012345678901234567890", "1.", ".5", "1.2.3", "1e5", "'unclosed", "\"double\"", "a = 1", "a & b",
                        });
                    }
                case 5:
                    {
                        // Deep nesting of parentheses, negations, calls or a long operator chain.
                        int n = Pick(new[] { 63, 64, 65, 129, 1000, 10000 });
                        return _random.Next(5) switch
                        {
                            0 => new string('(', n) + e + new string(')', n),
                            1 => new string('!', n) + "true",
                            2 => new string('-', n) + "1",
                            3 => string.Concat(Enumerable.Repeat("len(", n)) + "'x'" + new string(')', n),
                            _ => string.Join(Pick(new[] { " + ", " && ", " == ", " < ", " || " }), Enumerable.Repeat(_random.Next(2) == 0 ? "1" : "true", n)),
                        };
                    }
                case 6: return "";
                case 7: return Pick(new[] { " ", "\t\n", "()", "(", ")", "!", "-", ",", ".", "'", "''", "item.", "a..b", "a.", ".a" });
                case 8: return "'" + HugeString().Replace("'", "") + "'";
                case 9:
                    {
                        int i = _random.Next(e.Length + 1);
                        return e.Insert(i, AwkwardString());
                    }
                case 10:
                    {
                        // Cut the expression at a random point.
                        return e.Substring(0, _random.Next(e.Length + 1));
                    }
                default:
                    return Pick(new[] { "len(", "sum(", "contains(" }) + e + ")";
            }
        }

        private string Nesting()
        {
            int n = Pick(new[] { 127, 128, 129, 1000, 10000 });
            return _random.Next(4) switch
            {
                0 => new string('[', n),
                1 => new string('[', n) + new string(']', n),
                2 => string.Concat(Enumerable.Repeat("{\"a\":", n)) + "1" + new string('}', n),
                _ => string.Concat(Enumerable.Repeat("[{\"fields\":", n)),
            };
        }

        private string HugeString()
        {
            int n = Pick(new[] { 201, 4096, 20_000, 100_000 });
            return _random.Next(5) switch
            {
                0 => new string('a', n),
                1 => new string('ä', n),
                2 => string.Concat(Enumerable.Repeat("😀", n / 2)),
                3 => new string('\\', n),
                _ => string.Concat(Enumerable.Repeat("a == 'x' && ", n / 12)),
            };
        }

        private string AwkwardString() => Pick(new[]
        {
            "\0", "\uD800", "\uDC00", "\uD800\uD800", "\uDBFF\uDFFF", "\uDFFF\uDBFF", "\uFEFF", "\u202Eevil", "\u200B", "ä", "😀", "\n", "\t",
            "\"", "\\", "'", "\\'", "\u0085", "\uFFFF", "\u0001\u001F",
        });

        private string Stray() => _random.Next(4) == 0 ? Pick(Strays) + Pick(Strays) : Pick(Strays);

        private string Typo(string name)
        {
            if (name.Length == 0) return "x";
            int i = _random.Next(name.Length);
            return _random.Next(3) switch
            {
                0 => name.Remove(i, 1),
                1 => name.Insert(i, "x"),
                _ => name.ToUpperInvariant(),
            };
        }

        private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

        private static JsonNode? TryParse(string text)
        {
            try
            {
                var node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
                if (node == null) return null;
                // JsonObject reports duplicate names lazily; touch every object now.
                foreach (var _ in Slots(node)) { }
                return node;
            }
            catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
            {
                return null;
            }
        }

        /// <summary>A JSON string literal for <paramref name="s"/> that keeps every character but quote, backslash and controls raw, even lone surrogates.</summary>
        private static string JsonString(string s)
        {
            var sb = new StringBuilder(s.Length + 8).Append('"');
            foreach (char c in s)
            {
                if (c == '"') sb.Append("\\\"");
                else if (c == '\\') sb.Append("\\\\");
                else if (c < ' ') sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                else sb.Append(c);
            }
            return sb.Append('"').ToString();
        }

        private static string Show(string s) =>
            "'" + string.Concat(s.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString())) + "'";

        private static string Describe(string s) => s.Length > 40 ? $"{Show(s.Substring(0, 20))}… ({s.Length} characters)" : Show(s);

        /// <summary>A place in the tree that holds a value: a property or an array item.</summary>
        private sealed class Slot
        {
            public Slot(JsonNode parent, string? name, int index)
            {
                Parent = parent;
                Name = name;
                Index = index;
            }

            public JsonNode Parent { get; }
            public string? Name { get; }
            public int Index { get; }
            public string Where => Name != null ? $"{Parent.GetPath()}.{Name}" : $"{Parent.GetPath()}[{Index}]";

            public JsonNode? Get() => Name != null ? Parent.AsObject()[Name] : Index < Parent.AsArray().Count ? Parent.AsArray()[Index] : null;

            public void Set(JsonNode? value)
            {
                if (Name != null) Parent.AsObject()[Name] = value;
                else if (Index < Parent.AsArray().Count) Parent.AsArray()[Index] = value;
            }

            public void Remove()
            {
                if (Name != null) Parent.AsObject().Remove(Name);
                else if (Index < Parent.AsArray().Count) Parent.AsArray().RemoveAt(Index);
            }
        }

        private static IEnumerable<Slot> Slots(JsonNode node)
        {
            if (node is JsonObject o)
            {
                foreach (var p in o.ToList())
                {
                    yield return new Slot(o, p.Key, -1);
                    if (p.Value != null) foreach (var s in Slots(p.Value)) yield return s;
                }
            }
            else if (node is JsonArray a)
            {
                for (int i = 0; i < a.Count; i++)
                {
                    yield return new Slot(a, null, i);
                    if (a[i] != null) foreach (var s in Slots(a[i]!)) yield return s;
                }
            }
        }
    }
}
