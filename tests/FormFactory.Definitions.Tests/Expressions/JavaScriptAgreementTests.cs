using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.FieldTypes;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Tests.Support;
using FormFactory.Runtime;

namespace FormFactory.Definitions.Tests.Expressions
{
    /// <summary>
    /// Differential test: random expressions are bound once, then every node is evaluated by the C# interpreter and
    /// by the printed JavaScript (in Node) over random values. Both must give the same value, node for node.
    /// </summary>
    public class JavaScriptAgreementTests
    {
        private const int Seed = 20261123;
        private const int Cases = 250;
        private const int ExpressionsPerCase = 8;

        [Fact]
        public void InterpreterAndPrintedJavaScriptAgreeOnRandomExpressions()
        {
            var random = new Random(Seed);
            var cases = new List<(Values Values, List<BoundExpression> Nodes)>();
            for (int c = 0; c < Cases; c++)
            {
                var texts = Enumerable.Range(0, ExpressionsPerCase).Select(_ => RandomExpressions.Boolean(random, 3)).ToList();
                var form = BindRules(texts);
                var nodes = form.Rules.SelectMany(r => Nodes(r.Assert)).ToList();
                cases.Add((Values.Random(random), nodes));
            }

            var input = new JsonArray();
            foreach (var (values, nodes) in cases)
                input.Add(new JsonObject
                {
                    ["values"] = values.ToJson(),
                    ["today"] = "2026-06-15",
                    ["exprs"] = new JsonArray(nodes.Select(n => (JsonNode)JavaScriptPrinter.Print(n)).ToArray()),
                });
            var jsResults = NodeRunner.Evaluate(input);

            var mismatches = new List<string>();
            for (int c = 0; c < cases.Count; c++)
            {
                var (values, nodes) = cases[c];
                for (int i = 0; i < nodes.Count; i++)
                {
                    string expected = Canonical(Interpreter.Evaluate(nodes[i], values, EntryCursor.Root));
                    string actual = jsResults[c][i];
                    if (expected != actual)
                        mismatches.Add($"case {c}, {JavaScriptPrinter.Print(nodes[i])}\n  values {values.ToJson().ToJsonString()}\n  C#: {expected}  JS: {actual}");
                }
            }
            Assert.True(mismatches.Count == 0, $"seed {Seed}: {mismatches.Count} disagreements, first ones:\n" + string.Join("\n", mismatches.Take(10)));
        }

        [Theory]
        [InlineData("1 / 3", "0.3333333333")]
        [InlineData("2 / 3", "0.6666666667")]
        [InlineData("-2 / 3", "-0.6666666667")]
        [InlineData("1 / 0", "null")]
        [InlineData("0.1 + 0.2", "0.3")]
        [InlineData("79228162514264337593543950335 + 1", "null")]
        [InlineData("0.00000000000001 * 0.00000000000001", "0.0000000000000000000000000001")]
        [InlineData("0.000000000000001 * 0.000000000000001", "null")]
        [InlineData("null == null", "true")]
        [InlineData("a == null", "true")]
        [InlineData("a != 1", "false")]
        [InlineData("a == 1", "false")]
        [InlineData("t < 'b'", "false")]
        [InlineData("1 < null", "false")]
        [InlineData("null >= 1", "false")]
        public void EdgeCasesAgree(string expression, string expected)
        {
            var form = BindRules(new[] { "(" + expression + ") == (" + expression + ") || true" });
            var node = ((BoundBinary)((BoundBinary)form.Rules[0].Assert).Left).Left;
            var values = new Values();
            Assert.Equal(expected, Canonical(Interpreter.Evaluate(node, values, EntryCursor.Root)));
            var input = new JsonArray { new JsonObject { ["values"] = values.ToJson(), ["today"] = "2026-06-15", ["exprs"] = new JsonArray(JavaScriptPrinter.Print(node)) } };
            Assert.Equal(expected, NodeRunner.Evaluate(input)[0][0]);
        }

        private static FormModel BindRules(IEnumerable<string> asserts)
        {
            var rules = "[" + string.Join(",", asserts.Select((a, i) => $"{{ \"id\": \"r{i}\", \"assert\": {JsonSerializer.Serialize(a)}, \"message\": \"x\" }}")) + "]";
            return new FormTestCase()
                .CodeList("codes", "x", "y", "z")
                .Form("test", """
                    [ { "id": "a", "type": "integer", "label": "a" },
                      { "id": "b", "type": "decimal", "label": "b" },
                      { "id": "t", "type": "text", "label": "t" },
                      { "id": "u", "type": "text", "label": "u" },
                      { "id": "d", "type": "date", "label": "d" },
                      { "id": "e", "type": "date", "label": "e" },
                      { "id": "f", "type": "boolean", "label": "f" },
                      { "id": "m", "type": "multiChoice", "codeList": "codes", "label": "m" },
                      { "id": "g", "type": "group", "label": "g", "repeat": { "max": 9 }, "fields": [
                          { "id": "n", "type": "decimal", "label": "n" } ] } ]
                    """, rules)
                .BoundForm();
        }

        /// <summary>Every node of a tree except those evaluated per entry (inside sum's second argument).</summary>
        private static IEnumerable<BoundExpression> Nodes(BoundExpression e)
        {
            yield return e;
            IEnumerable<BoundExpression> children = e switch
            {
                BoundUnary u => new[] { u.Operand },
                BoundBinary b => new[] { b.Left, b.Right },
                BoundCall { Function: BuiltinFunction.Sum } c => new[] { c.Arguments[0] },
                BoundCall c => c.Arguments,
                _ => Array.Empty<BoundExpression>(),
            };
            foreach (var child in children)
                foreach (var n in Nodes(child)) yield return n;
        }

        private static string Canonical(object? value) => value switch
        {
            null => "null",
            bool b => b ? "true" : "false",
            decimal d => NumberFieldType.Format(d),
            DateTime d => "s:" + DateLiterals.Format(d),
            string s => "s:" + s,
            IEntryList l => "list:" + l.Count,
            IReadOnlyCollection<string> l => "list:" + l.Count,
            _ => "?" + value.GetType().Name,
        };

        /// <summary>Random field values, and the interpreter's view of them.</summary>
        private sealed class Values : IEvaluationContext
        {
            private readonly Dictionary<string, object?> _values = new();
            private readonly List<decimal?> _entries = new();

            public DateTime Today => new DateTime(2026, 6, 15);

            public static Values Random(Random r)
            {
                var v = new Values();
                v._values["a"] = Maybe(r, () => (decimal)r.Next(-100, 100));
                v._values["b"] = Maybe(r, () => RandomExpressions.Decimal(r));
                v._values["t"] = Maybe(r, () => RandomExpressions.NonEmptyText(r));
                v._values["u"] = Maybe(r, () => RandomExpressions.NonEmptyText(r));
                v._values["d"] = Maybe(r, () => new DateTime(2000, 1, 1).AddDays(r.Next(0, 12000)));
                v._values["e"] = Maybe(r, () => new DateTime(2020, 2, 29).AddDays(r.Next(-400, 4000)));
                v._values["f"] = Maybe(r, () => r.Next(2) == 0);
                v._values["m"] = Maybe(r, () => (object)new[] { "x", "y", "z" }.Where(_ => r.Next(2) == 0).ToList()) is List<string> { Count: > 0 } list ? list : null;
                int count = r.Next(0, 4);
                for (int i = 0; i < count; i++) v._entries.Add(r.Next(4) == 0 ? null : RandomExpressions.Decimal(r));
                return v;
            }

            private static object? Maybe(Random r, Func<object> make) => r.Next(5) == 0 ? null : make();

            public object? Read(BoundFieldReference field, EntryCursor cursor)
            {
                string path = field.ModelPath;
                if (path == "g") return _entries.Count == 0 ? null : new Entries(_entries.Count);
                if (path == "g[].n")
                {
                    int i = cursor.IndexOf("g");
                    return i >= 0 && i < _entries.Count ? _entries[i] : null;
                }
                return _values.TryGetValue(path, out var v) ? v : null;
            }

            public JsonObject ToJson()
            {
                var json = new JsonObject();
                foreach (var (key, value) in _values)
                    json[key] = value switch
                    {
                        null => null,
                        decimal d => new JsonObject { ["$n"] = NumberFieldType.Format(d) },
                        DateTime d => new JsonObject { ["$d"] = DateLiterals.Format(d) },
                        bool b => b,
                        string s => s,
                        List<string> l => new JsonArray(l.Select(x => (JsonNode)x).ToArray()),
                        _ => null,
                    };
                json["g"] = new JsonArray(_entries.Select(e => (JsonNode)new JsonObject { ["n"] = e == null ? null : new JsonObject { ["$n"] = NumberFieldType.Format(e.Value) } }).ToArray());
                return json;
            }

            private sealed record Entries(int Count) : IEntryList;
        }
    }

    /// <summary>Random expression texts over the fields of the agreement test's form.</summary>
    internal static class RandomExpressions
    {
        private static readonly string[] Texts = { "", "a", "b", "B", "ä", "Ä", "zz", "a b", "😀", "ß", "10", "9" };

        public static decimal Decimal(Random r) => r.Next(6) switch
        {
            0 => r.Next(-5, 6),
            1 => Math.Round((decimal)(r.NextDouble() * 2000 - 1000), r.Next(0, 5)),
            2 => Math.Round((decimal)r.NextDouble(), r.Next(1, 12)),
            3 => 1_000_000_000_000m * r.Next(1, 1000),
            4 => 0.0000001m * r.Next(1, 1000),
            _ => r.Next(0, 3) == 0 ? 0m : -Math.Round((decimal)(r.NextDouble() * 50), 2),
        };

        public static string Text(Random r) => Texts[r.Next(Texts.Length)];

        /// <summary>A submitted text: an empty one would be no value at all.</summary>
        public static string NonEmptyText(Random r) => Texts[r.Next(1, Texts.Length)];

        private static string Literal(Random r) => "'" + Text(r).Replace("'", "") + "'";

        private static string NumberLiteral(Random r)
        {
            var d = Math.Abs(Decimal(r));
            return d.ToString(CultureInfo.InvariantCulture);
        }

        public static string Number(Random r, int depth)
        {
            int choice = r.Next(depth <= 0 ? 8 : 13);
            return choice switch
            {
                0 => NumberLiteral(r),
                1 => "a",
                2 => "b",
                3 => "count(g)",
                4 => "len(t)",
                5 => "len(m)",
                6 => "age(d)",
                7 => "sum(g, item.n)",
                8 => $"({Number(r, depth - 1)} + {Number(r, depth - 1)})",
                9 => $"({Number(r, depth - 1)} - {Number(r, depth - 1)})",
                10 => $"({Number(r, depth - 1)} * {Number(r, depth - 1)})",
                11 => $"({Number(r, depth - 1)} / {Number(r, depth - 1)})",
                _ => $"-{Number(r, depth - 1)}",
            };
        }

        public static string Date(Random r) => r.Next(4) switch
        {
            0 => "d",
            1 => "e",
            2 => "today()",
            _ => $"date('{new DateTime(2010, 1, 1).AddDays(r.Next(0, 7000)):yyyy-MM-dd}')",
        };

        public static string TextExpression(Random r) => r.Next(3) switch
        {
            0 => "t",
            1 => "u",
            _ => Literal(r),
        };

        private static readonly string[] Comparisons = { "==", "!=", "<", "<=", ">", ">=" };

        public static string Boolean(Random r, int depth)
        {
            int choice = r.Next(depth <= 0 ? 9 : 13);
            string cmp = Comparisons[r.Next(Comparisons.Length)];
            string[] nullable = { "a", "b", "t", "d", "f", "m", "g" };
            return choice switch
            {
                0 => $"{Number(r, depth - 1)} {cmp} {Number(r, depth - 1)}",
                1 => $"{TextExpression(r)} {cmp} {TextExpression(r)}",
                2 => $"{Date(r)} {cmp} {Date(r)}",
                3 => $"{nullable[r.Next(nullable.Length)]} {(r.Next(2) == 0 ? "==" : "!=")} null",
                4 => $"isEmpty({nullable[r.Next(nullable.Length)]})",
                5 => $"contains(m, '{"xyz"[r.Next(3)]}')",
                6 => "f",
                7 => r.Next(2) == 0 ? "true" : "false",
                8 => $"f {(r.Next(2) == 0 ? "==" : "!=")} {(r.Next(2) == 0 ? "true" : "false")}",
                9 => $"({Boolean(r, depth - 1)} && {Boolean(r, depth - 1)})",
                10 => $"({Boolean(r, depth - 1)} || {Boolean(r, depth - 1)})",
                11 => $"!({Boolean(r, depth - 1)})",
                _ => $"({Boolean(r, depth - 1)}) == ({Boolean(r, depth - 1)})",
            };
        }
    }
}
