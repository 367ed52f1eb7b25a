using System.Collections.Generic;
using System.Globalization;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;
using FormFactory.Generator.Pipeline;

namespace FormFactory.Generator.Emit
{
    /// <summary>
    /// Writes a values class's <c>Check</c>: for each visible field, a <c>format</c> error for the wrong JSON shape,
    /// <c>required</c> when empty, else the type's checks and the value written to the kept submission. The form's
    /// class also gets <c>CheckRules</c>.
    /// </summary>
    internal sealed class FieldCheckEmitter
    {
        private const string Runtime = "global::FormFactory.Runtime";

        private readonly CodeWriter _w;
        private readonly ValuesClass _class;
        private readonly IReadOnlyDictionary<ValidatedField, ValuesClass> _children;
        private readonly string _rootNamespace;
        private readonly string _support;
        private readonly ValidatorStatics _statics;
        private readonly ValuesAccess _access;
        private readonly EquatableArray<RuleSpec> _rules;

        /// <summary>Prepares to write the checks of <paramref name="class"/>.</summary>
        public FieldCheckEmitter(CodeWriter writer, ValuesClass @class, IReadOnlyDictionary<ValidatedField, ValuesClass> children, string rootNamespace, ValidatorStatics statics,
            EquatableArray<RuleSpec> rules)
        {
            _rules = rules;
            _w = writer;
            _class = @class;
            _children = children;
            _rootNamespace = rootNamespace;
            _support = "global::" + rootNamespace + ".FormFactoryValidation";
            _statics = statics;
            _access = new ValuesAccess(@class);
        }

        /// <summary>Writes <c>Check</c> (and, for the form, <c>CheckRules</c>).</summary>
        public void Write()
        {
            _w.Line();
            // Without a writer (the typed path) nothing is kept; the checks are the same.
            _w.Line("public void Check(global::System.Text.Json.Utf8JsonWriter? writer)").Open();
            bool first = true;
            foreach (var f in _class.Fields)
            {
                if (!first) _w.Line();
                first = false;
                _w.Line($"if (this.{f.Id}_Visible())").Open();
                if (f.Kind != FieldKind.Group) WriteValue(f);
                else if (f.Repeat == null) WriteGroup(f);
                else WriteEntries(f, _children[f]);
                _w.Close();
            }
            _w.Close();
            if (_class.IsRoot) WriteRules();
        }

        // Evaluated only where an error is recorded: a literal where the path is fixed, one index where the field lies
        // in an entry of a group that lies in no other entry, else built in one concatenation.
        private ErrorPath PathOf(ValidatedField f) =>
            _class.FixedPathOf(f) is { } path ? ErrorPath.Fixed(path)
            : _class.FixedListPath is { } list ? ErrorPath.InEntry(list, "." + f.Id, CachedEntries(_class.Field!.Repeat!))
            : ErrorPath.Built("this.Path(" + CSharpLiteral.String("." + f.Id) + ")");

        // Errors are kept for as many entries as the group may have, up to 16 (8 when it names no maximum).
        private static int CachedEntries(FormFactory.Definitions.Model.RepeatBounds repeat) => System.Math.Min(repeat.Max ?? 8, 16);

        /// <summary>The C# condition for "required": true, false, or the requiredWhen.</summary>
        private string Required(ValidatedField f) =>
            f.Required ? "true" : f.RequiredWhen != null ? CSharpPrinter.PrintCondition(f.RequiredWhen, _access) : "false";

        private void Fail(ValidatedField f, ErrorPath path, string code)
        {
            var m = f.Message(code);
            _w.Line(_statics.Fail(path, code, m.De, m.En));
        }

        private void FailIf(string condition, ValidatedField f, ErrorPath path, string code)
        {
            _w.Line($"if ({condition})").Open();
            Fail(f, path, code);
            _w.Close();
        }

        private void WriteValue(ValidatedField f)
        {
            string member = "this." + ValuesAccess.Member(f.Id);
            var path = PathOf(f);
            _w.Line($"if (this.{f.Id}_Wrong)").Open();
            Fail(f, path, "format");
            _w.Close();
            string required = Required(f);
            if (required == "false") _w.Line($"else if ({member} != null)").Open();
            else
            {
                _w.Line($"else if ({member} == null)").Open();
                if (required == "true") Fail(f, path, "required");
                else FailIf(required, f, path, "required");
                _w.Close();
                _w.Line("else").Open();
            }
            new ValueCheckEmitter(_w, f, path, _rootNamespace, _statics, _access).Write(member);
            _w.Close();
        }

        private void WriteGroup(ValidatedField f)
        {
            string member = "this." + ValuesAccess.Member(f.Id);
            var path = PathOf(f);
            string required = Required(f);
            _w.Line($"if (this.{f.Id}_Wrong)").Open();
            Fail(f, path, "format");
            _w.Close();
            // An empty group is all or nothing: a required one reports what is missing, an optional one nothing.
            // Either way nothing is kept.
            if (required != "false")
            {
                _w.Line($"else if ({member}.IsEmpty)").Open();
                _w.Line(required == "true" ? $"{member}.Check(writer);" : $"if ({required}) {member}.Check(writer);");
                _w.Close();
                _w.Line("else").Open();
            }
            else _w.Line($"else if (!{member}.IsEmpty)").Open();
            _w.Line($"writer?.WriteStartObject({CSharpLiteral.String(f.Id)});");
            _w.Line($"{member}.Check(writer);");
            _w.Line("writer?.WriteEndObject();");
            _w.Close();
        }

        private void WriteEntries(ValidatedField f, ValuesClass entryClass)
        {
            string member = "this." + ValuesAccess.Member(f.Id);
            var bounds = f.Repeat!;
            _w.Line($"if (this.{f.Id}_Wrong)").Open();
            Fail(f, PathOf(f), "format");
            _w.Close();
            _w.Line("else").Open();
            _w.Line($"int count = {member} == null ? 0 : {member}.Count;");
            // An empty list of an optional group is not checked; an empty list is never kept.
            string required = Required(f);
            bool guarded = required != "true";
            if (guarded) _w.Line(required == "false" ? "if (count > 0)" : $"if (count > 0 || {required})").Open();
            if (bounds.Min > 0) FailIf("count < " + bounds.Min.ToString(CultureInfo.InvariantCulture), f, PathOf(f), "repeatMin");
            if (bounds.Max is int max) FailIf("count > " + max.ToString(CultureInfo.InvariantCulture), f, PathOf(f), "repeatMax");
            _w.Line("if (count > 0)").Open();
            _w.Line($"writer?.WriteStartArray({CSharpLiteral.String(f.Id)});");
            _w.Line("for (int i = 0; i < count; i++)").Open();
            _w.Line($"{entryClass.Name} entry = {member}![i];");
            _w.Line("writer?.WriteStartObject();");
            _w.Line("if (entry.Wrong)").Open();
            Fail(f, ErrorPath.Built("entry.Path()"), "format");
            _w.Close();
            _w.Line("else entry.Check(writer);");
            _w.Line("writer?.WriteEndObject();");
            _w.Close();
            _w.Line("writer?.WriteEndArray();");
            _w.Close();
            if (guarded) _w.Close();
            _w.Close();
        }

        private void WriteRules()
        {
            _w.Line();
            _w.Line("public void CheckRules()").Open();
            bool first = true;
            foreach (var rule in _rules)
            {
                if (!first) _w.Line();
                first = false;
                // Checked only while its when holds and every field its assert reads has a value; fails when the assert is not true.
                var conditions = new List<string>();
                if (rule.When != null) conditions.Add(CSharpPrinter.PrintCondition(rule.When, _access));
                foreach (var read in rule.Reads)
                {
                    string? value = _access.Read(read);
                    conditions.Add(value == null ? "false" : $"!{CSharpPrinter.Runtime}.IsNull({value})");
                }
                conditions.Add($"!({CSharpPrinter.PrintCondition(rule.Assert, _access)})");
                _w.Line($"if ({string.Join(" && ", conditions)})").Open();
                _w.Line(_statics.Fail(ErrorPath.Fixed(rule.Path), rule.Id, rule.MessageDe, rule.MessageEn));
                _w.Close();
            }
            _w.Close();
        }
    }
}
