using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Validation;

namespace FormFactory.Definitions.Tests.Robustness
{
    /// <summary>
    /// The reference validator faces whatever a browser, a script or an attacker sends. For every sample service, many
    /// submissions with random JSON in place of each field (plausible values, wrong types, extreme numbers, awkward
    /// Unicode, hostile nesting, broken JSON): validation never throws, every error names a check and says something
    /// in both languages, and what is kept is JSON again. Seeded like <see cref="CatalogRobustnessTests"/>.
    /// </summary>
    public class SubmissionRobustnessTests
    {
        private static readonly DateTime Today = new(2026, 6, 15);

        [Fact]
        public void RandomSubmissionsNeverCrashTheReferenceValidator()
        {
            var catalog = CatalogBinder.Bind(SampleCatalog.Files);
            Assert.False(catalog.HasErrors, string.Join("\n", catalog.Diagnostics));
            var forms = catalog.Catalog.Forms;
            Assert.NotEmpty(forms);
            var validators = forms.Select(f => new ReferenceValidator(f, () => Today)).ToList();
            int seed = Fuzz.Seed, count = Fuzz.Count(3000);
            var failures = new ConcurrentDictionary<int, string>();
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (i, loop) =>
            {
                var random = Fuzz.RandomFor(seed, 3, i);
                int which = random.Next(forms.Count);
                var generator = new SubmissionGenerator(random);
                string json = generator.Submission(forms[which]);
                string context = $"seed {seed}, submission #{i} for '{forms[which].Id}' ({generator.Description})";
                try
                {
                    var problems = Check(validators[which], json);
                    if (problems.Count > 0) failures[i] = context + "\n  " + string.Join("\n  ", problems);
                }
                catch (Exception e)
                {
                    failures[i] = $"{context}\n  threw {e.GetType().Name}: {e.Message}\n{e.StackTrace}\n  submission: {Shorten(json)}";
                }
                if (failures.Count >= 10) loop.Stop();
            });
            Assert.True(failures.IsEmpty,
                $"{failures.Count} failure(s); reproduce with FORMFACTORY_FUZZ_SEED={seed} (submission #N alone: Fuzz.RandomFor({seed}, 3, N)):\n\n" +
                string.Join("\n\n", failures.OrderBy(f => f.Key).Take(10).Select(f => f.Value)));
        }

        private static List<string> Check(ReferenceValidator validator, string json)
        {
            var problems = new List<string>();
            var result = validator.Validate(json);
            foreach (var e in result.Errors)
            {
                if (e.Path == null) problems.Add($"an error without a path: {e}");
                if (string.IsNullOrEmpty(e.Code)) problems.Add($"an error without a code: {e}");
                if (string.IsNullOrWhiteSpace(e.MessageDe) || string.IsNullOrWhiteSpace(e.MessageEn)) problems.Add($"an error without a message: {e}");
            }
            try
            {
                using var kept = JsonDocument.Parse(result.KeptJson);
                if (kept.RootElement.ValueKind != JsonValueKind.Object) problems.Add("the kept submission is no JSON object: " + Shorten(result.KeptJson));
            }
            catch (JsonException e)
            {
                problems.Add($"the kept submission is no JSON ({e.Message}): {Shorten(result.KeptJson)}");
            }
            // What was kept is a submission too.
            validator.Validate(result.KeptJson);
            // Whatever the validator accepts, an export can write: no text XML cannot hold (issue 18, item 4).
            if (result.IsValid)
                foreach (var text in TextsIn(JsonDocument.Parse(result.KeptJson).RootElement))
                {
                    try { System.Xml.XmlConvert.VerifyXmlChars(text); }
                    catch (System.Xml.XmlException) { problems.Add($"a valid submission keeps text XML cannot hold: {Shorten(JsonSerializer.Serialize(text))}"); }
                }
            return problems;
        }

        private static IEnumerable<string> TextsIn(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.String: yield return e.GetString()!; break;
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                        foreach (var s in TextsIn(p.Value)) yield return s;
                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                        foreach (var s in TextsIn(item)) yield return s;
                    break;
            }
        }

        private static string Shorten(string s) => s.Length > 400 ? s.Substring(0, 400) + $"… ({s.Length} characters)" : s;
    }

    /// <summary>Writes submission JSON for a form: mostly the right shape, with random values where the fields are.</summary>
    public sealed class SubmissionGenerator
    {
        private static readonly string[] Numbers =
        {
            "0", "-0", "-0.0", "1", "-1", "0.5", "1.005", "12.345", "1e2", "1E-2", "1e999999", "-1e999999", "1e-999999", "1E400",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "79228162514264337593543950335", "79228162514264337593543950336",
            "0.0000000000000000000000000001", "0.00000000000000000000000000001", "123456789012345678901234567890.123456789",
        };

        private static readonly string[] Strings =
        {
            "", " ", "a", "Müller", "2026-06-15", "2026-02-29", "2024-02-29", "0001-01-01", "9999-12-31", "2026-13-01", "26-01-01", "2026-1-1",
            "DE89 3704 0044 0532 0130 00", "de89370400440532013000", "DE00370400440532013000", "name@example.org", "a@b", "@example.org",
            "+49 6151 123456", "06151/123456", "+", "64283", "6428", "642830", "DA-AB 123", "selbst", "ja", "true", "null", "1", "-0",
            "\u0000", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\uFEFF", "😀", "\u202E", "<script>alert(1)</script>", "' OR 1=1 --", "\\", "\"",
            "a\u0001b", "a\tb", "Zeile\r\nzwei", "\u001B[31m", "\u007F", "\u0085", "\uFFFE", "\uFFFF", "\uFDD0", "\uDBFF\uDFFE", "\u2028", "\u00A0",
        };

        private readonly Random _random;
        private readonly List<string> _notes = new();

        /// <summary>One huge thing per submission (a long text, deep nesting, many entries) keeps the run fast.</summary>
        private bool _hugeSpent;

        public SubmissionGenerator(Random random) => _random = random;

        /// <summary>What is unusual about the last submission, for failure messages.</summary>
        public string Description => _notes.Count == 0 ? "plain values" : string.Join(", ", _notes.Distinct().Take(8));

        public string Submission(FormModel form)
        {
            int shape = _random.Next(20);
            if (shape == 0)
            {
                _notes.Add("not an object");
                return Pick(new[] { "[]", "null", "1", "\"x\"", "true", "", " ", "{", "{\"a\":", "[[[[[[[[", new string('[', 10000), new string('{', 5000) });
            }
            var sb = new StringBuilder();
            WriteGroup(sb, form.Fields, 0);
            string json = sb.ToString();
            if (shape == 1)
            {
                int cut = _random.Next(json.Length + 1);
                _notes.Add($"cut after {cut} characters");
                return json.Substring(0, cut);
            }
            return json;
        }

        private void WriteGroup(StringBuilder sb, IEnumerable<FieldModel> fields, int depth)
        {
            sb.Append('{');
            bool first = true;
            foreach (var field in fields)
            {
                if (_random.Next(5) == 0) continue; // left out
                if (!first) sb.Append(',');
                first = false;
                WriteString(sb, field.Id);
                sb.Append(':');
                WriteValue(sb, field, depth);
            }
            if (_random.Next(10) == 0)
            {
                if (!first) sb.Append(',');
                _notes.Add("an unknown property");
                sb.Append("\"unbekannt\":");
                WriteRandom(sb, depth + 1);
            }
            sb.Append('}');
        }

        private void WriteValue(StringBuilder sb, FieldModel field, int depth)
        {
            if (_random.Next(3) == 0)
            {
                WriteRandom(sb, depth + 1);
                return;
            }
            switch (field.Kind)
            {
                case FieldKind.Group when field.IsRepeated:
                    {
                        int n = _random.Next(10) == 0 && SpendHuge() ? 1000 : _random.Next(6);
                        if (n == 1000) _notes.Add("1000 entries");
                        sb.Append('[');
                        for (int i = 0; i < n; i++)
                        {
                            if (i > 0) sb.Append(',');
                            if (_random.Next(8) == 0) WriteRandom(sb, depth + 1);
                            else WriteGroup(sb, field.Fields, depth + 1);
                        }
                        sb.Append(']');
                        break;
                    }
                case FieldKind.Group: WriteGroup(sb, field.Fields, depth + 1); break;
                case FieldKind.Integer:
                case FieldKind.Decimal:
                case FieldKind.Money:
                    sb.Append(_random.Next(2) == 0 ? Pick(Numbers) : Bound(field).ToString(CultureInfo.InvariantCulture));
                    break;
                case FieldKind.Boolean: sb.Append(_random.Next(2) == 0 ? "true" : "false"); break;
                case FieldKind.Choice: WriteString(sb, Code(field)); break;
                case FieldKind.MultiChoice:
                    {
                        int n = _random.Next(5);
                        sb.Append('[');
                        for (int i = 0; i < n; i++)
                        {
                            if (i > 0) sb.Append(',');
                            WriteString(sb, Code(field));
                        }
                        sb.Append(']');
                        break;
                    }
                case FieldKind.Date:
                    {
                        var date = Today().AddDays(_random.Next(-40000, 40000));
                        WriteString(sb, _random.Next(4) == 0 ? Pick(Strings) : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        break;
                    }
                case FieldKind.File:
                    {
                        sb.Append("{\"name\":");
                        WriteString(sb, Pick(new[] { "nachweis.pdf", "", "a/../../b", "\u0000.pdf", new string('x', 5000) }));
                        sb.Append(",\"mediaType\":");
                        WriteString(sb, Pick(new[] { "application/pdf", "image/png", "IMAGE/JPEG", "text/html", "", "image/", "*/*" }));
                        sb.Append(",\"size\":").Append(Pick(new[] { "0", "1", "1024", "10485760", "10485761", "-1", "1.5", "1e999999", "9223372036854775808" }));
                        sb.Append(",\"sha256\":");
                        WriteString(sb, Pick(new[] { new string('a', 64), new string('A', 64), new string('g', 64), "abc", "" }));
                        sb.Append('}');
                        break;
                    }
                case FieldKind.Text:
                case FieldKind.Textarea:
                    {
                        int length = Pick(new[] { 0, 1, 5, (field.MaxLength ?? 50), (field.MaxLength ?? 50) + 1, 100_000 });
                        if (length == 100_000 && !SpendHuge()) length = 3;
                        if (length == 100_000) _notes.Add("a huge text");
                        WriteString(sb, _random.Next(3) == 0 ? Pick(Strings) : new string(Pick(new[] { 'a', 'Z', '1', 'ä', ' ' }), length));
                        break;
                    }
                default: WriteString(sb, Pick(Strings)); break;
            }
        }

        private decimal Bound(FieldModel field)
        {
            decimal d = (field.Min ?? 0) + _random.Next(-5, 1000) / (decimal)Pick(new[] { 1, 10, 100, 1000 });
            return field.Max is decimal max && _random.Next(2) == 0 ? max + _random.Next(-2, 3) : d;
        }

        private string Code(FieldModel field)
        {
            var values = field.CodeList?.Values;
            if (values == null || values.Count == 0 || _random.Next(5) == 0) return Pick(Strings);
            return values[_random.Next(values.Count)].Code;
        }

        private static DateTime Today() => new(2026, 6, 15);

        /// <summary>Any JSON value, including numbers no type can hold and nesting no parser should follow.</summary>
        private void WriteRandom(StringBuilder sb, int depth)
        {
            switch (_random.Next(depth > 20 ? 6 : 10))
            {
                case 0: sb.Append("null"); break;
                case 1: sb.Append(_random.Next(2) == 0 ? "true" : "false"); break;
                case 2:
                case 3: sb.Append(Pick(Numbers)); _notes.Add("odd numbers"); break;
                case 4:
                case 5: WriteString(sb, Pick(Strings)); break;
                case 6:
                    {
                        int n = _random.Next(4);
                        sb.Append('[');
                        for (int i = 0; i < n; i++)
                        {
                            if (i > 0) sb.Append(',');
                            WriteRandom(sb, depth + 1);
                        }
                        sb.Append(']');
                        break;
                    }
                case 7:
                    {
                        int n = _random.Next(4);
                        sb.Append('{');
                        for (int i = 0; i < n; i++)
                        {
                            if (i > 0) sb.Append(',');
                            WriteString(sb, Pick(new[] { "name", "mediaType", "size", "sha256", "", "a", "a" }));
                            sb.Append(':');
                            WriteRandom(sb, depth + 1);
                        }
                        sb.Append('}');
                        break;
                    }
                case 8:
                    {
                        int n = Pick(new[] { 63, 64, 65, 1000, 10000 });
                        if (n > 100 && !SpendHuge()) n = 2;
                        else _notes.Add($"nesting {n} deep");
                        sb.Append(new string('[', n)).Append(new string(']', n));
                        break;
                    }
                default:
                    if (!SpendHuge()) goto case 4;
                    _notes.Add("a huge string");
                    WriteString(sb, new string('x', 200_000));
                    break;
            }
        }

        /// <summary>A JSON string; lone surrogates and controls are written as escapes, as JavaScript's JSON.stringify does.</summary>
        private static void WriteString(StringBuilder sb, string s)
        {
            sb.Append('"');
            foreach (char c in s)
            {
                if (c == '"') sb.Append("\\\"");
                else if (c == '\\') sb.Append("\\\\");
                else if (c < ' ' || char.IsSurrogate(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                else sb.Append(c);
            }
            sb.Append('"');
        }

        private bool SpendHuge()
        {
            if (_hugeSpent) return false;
            _hugeSpent = true;
            return true;
        }

        private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
    }
}
