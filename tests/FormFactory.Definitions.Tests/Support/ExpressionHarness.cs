using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;

namespace FormFactory.Definitions.Tests.Support
{
    /// <summary>
    /// Binds a single expression against a small form with a field of every type, and evaluates it with values the
    /// test states, so interpreter semantics can be tested one operator at a time.
    /// </summary>
    public static class ExpressionHarness
    {
        /// <summary>The fields an expression may read; the last line is the probe that carries the expression.</summary>
        private static readonly string[] FieldLines =
        {
            "[",
            "  { \"id\": \"t\", \"type\": \"text\", \"label\": \"T\" },",
            "  { \"id\": \"u\", \"type\": \"text\", \"label\": \"U\" },",
            "  { \"id\": \"n\", \"type\": \"integer\", \"label\": \"N\" },",
            "  { \"id\": \"d\", \"type\": \"decimal\", \"label\": \"D\" },",
            "  { \"id\": \"geld\", \"type\": \"money\", \"label\": \"Geld\" },",
            "  { \"id\": \"datum\", \"type\": \"date\", \"label\": \"Datum\" },",
            "  { \"id\": \"ja\", \"type\": \"boolean\", \"label\": \"Ja\" },",
            "  { \"id\": \"farbe\", \"type\": \"choice\", \"codeList\": \"farben\", \"label\": \"Farbe\" },",
            "  { \"id\": \"farben\", \"type\": \"multiChoice\", \"codeList\": \"farben\", \"label\": \"Farben\" },",
            "  { \"id\": \"datei\", \"type\": \"file\", \"label\": \"Datei\" },",
            "  { \"id\": \"gruppe\", \"type\": \"group\", \"label\": \"Gruppe\", \"fields\": [ { \"id\": \"x\", \"type\": \"text\", \"label\": \"X\" } ] },",
            "  { \"id\": \"hunde\", \"type\": \"group\", \"label\": \"Hunde\", \"repeat\": { \"max\": 5 }, \"fields\": [ { \"id\": \"name\", \"type\": \"text\", \"label\": \"Name\" }, { \"id\": \"gewicht\", \"type\": \"decimal\", \"label\": \"Gewicht\" } ] },",
            "  { \"id\": \"info\", \"type\": \"info\", \"text\": \"Nur ein Hinweis\" },",
            PROBE,
            "]",
        };

        private const string PROBE = "  { \"id\": \"probe\", \"type\": \"text\", \"label\": \"Probe\", \"visibleWhen\": \"EXPR\" }";

        /// <summary>The code list the choice fields use.</summary>
        public static readonly string[] Colours = { "rot", "gruen", "blau" };

        /// <summary>The test case with <paramref name="visibleWhen"/> as the probe's visibleWhen (written as is into the JSON string).</summary>
        public static FormTestCase Case(string visibleWhen) =>
            new FormTestCase()
                .CodeList("farben", Colours)
                .Form("test", string.Join("\n", FieldLines).Replace("EXPR", JsonEscape(visibleWhen)));

        /// <summary>Binds <paramref name="expression"/> (of any type) and returns it; fails the test on any error.</summary>
        public static BoundExpression Bind(string expression)
        {
            var form = Case("isEmpty(" + expression + ")").BoundForm();
            var probe = form.Fields.Single(f => f.Id == "probe");
            var call = Assert.IsType<BoundCall>(probe.VisibleWhen);
            return call.Arguments[0];
        }

        /// <summary>Binds <paramref name="expression"/> as a visibleWhen and returns all diagnostics.</summary>
        public static IReadOnlyList<Diagnostic> Diagnostics(string expression) => Case(expression).Diagnostics();

        /// <summary>
        /// The 1-based line and column where the expression text starts in the file <see cref="Case"/> writes
        /// (valid for expressions without characters JSON must escape).
        /// </summary>
        public static (int Line, int Column) ExpressionStart()
        {
            int line = Array.IndexOf(FieldLines, PROBE) + 1;
            int column = PROBE.IndexOf("EXPR", StringComparison.Ordinal) + 1;
            // The Form helper puts the wrapper text before the first line ("["), so later lines start at column 1.
            return (line, column);
        }

        /// <summary>Evaluates <paramref name="expression"/> with the given field values (by model path).</summary>
        public static object? Evaluate(string expression, params (string Path, object? Value)[] values) =>
            Evaluate(expression, new FakeContext(values));

        /// <summary>Evaluates <paramref name="expression"/> against <paramref name="context"/>.</summary>
        public static object? Evaluate(string expression, FakeContext context) =>
            Interpreter.Evaluate(Bind(expression), context, EntryCursor.Root);

        /// <summary>Escapes text for a JSON string.</summary>
        public static string JsonEscape(string s)
        {
            var sb = new StringBuilder();
            foreach (char c in s)
            {
                if (c == '"' || c == '\\') sb.Append('\\').Append(c);
                else sb.Append(c);
            }
            return sb.ToString();
        }

        /// <summary>The entries of a repeated group as the interpreter sees them.</summary>
        public static IEntryList Entries(int count) => new EntryList(count);

        private sealed class EntryList : IEntryList
        {
            public EntryList(int count) => Count = count;
            public int Count { get; }
        }
    }

    /// <summary>
    /// An evaluation context over a dictionary of model paths. A path inside a repeated group
    /// (<c>hunde[].gewicht</c>) maps to an array with one value per entry. Every read is recorded.
    /// </summary>
    public sealed class FakeContext : IEvaluationContext
    {
        private readonly Dictionary<string, object?> _values = new Dictionary<string, object?>(StringComparer.Ordinal);

        /// <summary>Creates a context with <paramref name="values"/>.</summary>
        public FakeContext(params (string Path, object? Value)[] values)
        {
            foreach (var (path, value) in values) _values[path] = value;
        }

        /// <inheritdoc />
        public DateTime Today { get; set; } = new DateTime(2026, 6, 15);

        /// <summary>The model paths read so far, in order.</summary>
        public List<string> Reads { get; } = new List<string>();

        /// <inheritdoc />
        public object? Read(BoundFieldReference field, EntryCursor cursor)
        {
            string path = field.ModelPath;
            Reads.Add(path);
            if (!_values.TryGetValue(path, out var value)) return null;
            int marker = path.LastIndexOf("[].", StringComparison.Ordinal);
            if (marker >= 0 && value is object?[] perEntry)
            {
                int index = cursor.IndexOf(path.Substring(0, marker));
                return index >= 0 && index < perEntry.Length ? perEntry[index] : null;
            }
            return value;
        }
    }
}
