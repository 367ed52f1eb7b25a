using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.FieldTypes;
using FormFactory.Definitions.Model;
using FormFactory.Runtime;

namespace FormFactory.Definitions.Validation
{
    /// <summary>
    /// The oracle: checks a submission by interpreting the bound model. Slow-ish but obviously right; the generated
    /// validators and the browser are tested against it.
    /// </summary>
    public sealed class ReferenceValidator
    {
        private readonly FormModel _form;
        private readonly Func<DateTime> _today;
        private readonly Dictionary<string, FieldModel> _byPath = new Dictionary<string, FieldModel>(StringComparer.Ordinal);

        /// <summary>Creates a validator for <paramref name="form"/>; <paramref name="today"/> defaults to today in Europe/Berlin.</summary>
        public ReferenceValidator(FormModel form, Func<DateTime>? today = null)
        {
            _form = form;
            _today = today ?? (() => BerlinClock.Today());
            foreach (var f in form.AllFields) _byPath[f.Path] = f;
        }

        /// <summary>Validates the JSON text of a submission.</summary>
        public ValidationResult Validate(string json)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            }
            catch (JsonException e)
            {
                return ValidationResult.InvalidJson(e.Message);
            }
            using (document) return Validate(document.RootElement);
        }

        /// <summary>Validates a submission given as a JSON element (an object).</summary>
        public ValidationResult Validate(JsonElement submission)
        {
                        if (submission.ValueKind != JsonValueKind.Object)
                return ValidationResult.NotAnObject();
            // today() is a calendar date: a clock reading with a time of day counts as its day.
            var run = new Run(this, _today().Date);
            run.Root = ReadGroup(submission, _form.Fields);
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false }))
            {
                writer.WriteStartObject();
                run.CheckFields(_form.Fields, run.Root, "", EntryCursor.Root, writer);
                writer.WriteEndObject();
            }
            run.CheckRules(_form.Rules);
            return new ValidationResult(run.Errors, Encoding.UTF8.GetString(stream.ToArray()));
        }

        private static GroupValue ReadGroup(JsonElement json, IEnumerable<FieldModel> fields)
        {
            var group = new GroupValue();
            foreach (var field in fields)
            {
                if (field.Kind == FieldKind.Info) continue;
                if (!json.TryGetProperty(field.Id, out var value) || value.ValueKind == JsonValueKind.Null) continue;
                if (field.Kind == FieldKind.Group)
                {
                    if (field.IsRepeated && value.ValueKind == JsonValueKind.Array)
                    {
                        var list = new EntryListValue();
                        foreach (var entry in value.EnumerateArray())
                            list.Entries.Add(entry.ValueKind == JsonValueKind.Object ? ReadGroup(entry, field.Fields) : WrongEntry());
                        group.Values[field.Id] = list;
                    }
                    else if (!field.IsRepeated && value.ValueKind == JsonValueKind.Object) group.Values[field.Id] = ReadGroup(value, field.Fields);
                    else group.WrongFormat.Add(field.Id);
                    continue;
                }
                if (TryRead(field, value, out var read)) group.Values[field.Id] = read;
                else group.WrongFormat.Add(field.Id);
            }
            return group;
        }

        private static bool TryRead(FieldModel field, JsonElement value, out object? read)
        {
            try
            {
                return FieldTypeRegistry.Get(field.Kind).TryRead(value, field, out read);
            }
            catch (InvalidOperationException)
            {
                // A string that is no valid UTF-16 (a lone surrogate such as "\ud800") cannot be read: wrong shape.
                read = null;
                return false;
            }
        }

        private static GroupValue WrongEntry()
        {
            var g = new GroupValue();
            g.WrongFormat.Add("");
            return g;
        }

        /// <summary>One validation: the values, the visibility found so far, and the errors.</summary>
        private sealed class Run : IEvaluationContext
        {
            private readonly ReferenceValidator _owner;
            private readonly Dictionary<string, bool?> _visible = new Dictionary<string, bool?>(StringComparer.Ordinal);

            public Run(ReferenceValidator owner, DateTime today)
            {
                _owner = owner;
                Today = today;
            }

            public DateTime Today { get; }
            public GroupValue Root { get; set; } = new GroupValue();
            public List<ValidationError> Errors { get; } = new List<ValidationError>();

            public object? Read(BoundFieldReference field, EntryCursor cursor)
            {
                object? current = Root;
                string concrete = "";
                string model = "";
                for (int i = 0; i < field.Segments.Count; i++)
                {
                    var segment = field.Segments[i];
                    model = model.Length == 0 ? segment.Id : model + "." + segment.Id;
                    concrete = FieldPaths.Child(concrete, segment.Id);
                    if (!_owner._byPath.TryGetValue(model, out var fieldModel) || !IsVisible(fieldModel, concrete, cursor)) return null;
                    current = (current as GroupValue)?.Get(segment.Id);
                    bool last = i == field.Segments.Count - 1;
                    if (last) break;
                    if (segment.Repeated)
                    {
                        int index = cursor.IndexOf(model);
                        if (current is not EntryListValue list || index < 0 || index >= list.Count) return null;
                        current = list.Entries[index];
                        concrete += "[" + index + "]";
                        model += "[]";
                    }
                }
                return current switch
                {
                    GroupValue g => g.IsEmpty ? null : g,
                    EntryListValue e => e.Count == 0 ? null : e,
                    _ => current,
                };
            }

            /// <summary>Visible when every enclosing group is and the field's own visibleWhen is true.</summary>
            private bool IsVisible(FieldModel field, string concretePath, EntryCursor cursor)
            {
                if (field.VisibleWhen == null) return ParentVisible(concretePath, cursor);
                if (_visible.TryGetValue(concretePath, out var known)) return known ?? false;
                _visible[concretePath] = null; // in progress: a cycle reads as hidden (the binder rejects cycles anyway)
                bool visible = ParentVisible(concretePath, cursor) && Interpreter.IsTrue(Interpreter.Evaluate(field.VisibleWhen, this, cursor));
                _visible[concretePath] = visible;
                return visible;
            }

            private bool ParentVisible(string concretePath, EntryCursor cursor)
            {
                int dot = concretePath.LastIndexOf('.');
                if (dot < 0) return true;
                string parent = concretePath.Substring(0, dot);
                if (parent.EndsWith("]", StringComparison.Ordinal)) parent = parent.Substring(0, parent.LastIndexOf('['));
                string parentModel = ModelPath(parent);
                return !_owner._byPath.TryGetValue(parentModel, out var parentField) || IsVisible(parentField, parent, cursor);
            }

            private static string ModelPath(string concrete)
            {
                var sb = new StringBuilder(concrete.Length);
                bool inIndex = false;
                foreach (char c in concrete)
                {
                    if (c == '[') { inIndex = true; sb.Append("[]"); }
                    else if (c == ']') inIndex = false;
                    else if (!inIndex) sb.Append(c);
                }
                return sb.ToString();
            }

            public void CheckFields(IEnumerable<FieldModel> fields, GroupValue values, string prefix, EntryCursor cursor, Utf8JsonWriter writer)
            {
                foreach (var field in fields)
                {
                    if (field.Kind == FieldKind.Info) continue;
                    string path = FieldPaths.Child(prefix, field.Id);
                    if (!IsVisible(field, path, cursor)) continue;
                    if (values.WrongFormat.Contains(field.Id))
                    {
                        Fail(path, field, "format", null);
                        continue;
                    }
                    var value = values.Get(field.Id);
                    if (field.Kind == FieldKind.Group)
                    {
                        if (field.IsRepeated) CheckEntries(field, value as EntryListValue, path, cursor, writer);
                        else CheckGroup(field, value as GroupValue, path, cursor, writer);
                        continue;
                    }
                    var type = FieldTypeRegistry.Get(field.Kind);
                    if (type.IsEmpty(value, field))
                    {
                        if (IsRequired(field, cursor)) Fail(path, field, "required", null);
                        continue;
                    }
                    var checks = new FieldChecks(this, path, field, cursor);
                    type.Check(value!, field, checks);
                    writer.WritePropertyName(field.Id);
                    SubmissionJson.WriteValue(writer, value!);
                }
            }

            private void CheckGroup(FieldModel field, GroupValue? group, string path, EntryCursor cursor, Utf8JsonWriter writer)
            {
                group ??= new GroupValue();
                if (group.IsEmpty)
                {
                    // An optional group is all or nothing: while it is empty, none of its checks apply. A required one
                    // reports what is missing. Either way nothing is kept: every field in an empty group is empty.
                    if (IsRequired(field, cursor)) CheckFields(field.Fields, group, path, cursor, writer);
                    return;
                }
                writer.WritePropertyName(field.Id);
                writer.WriteStartObject();
                CheckFields(field.Fields, group, path, cursor, writer);
                writer.WriteEndObject();
            }

            private void CheckEntries(FieldModel field, EntryListValue? list, string path, EntryCursor cursor, Utf8JsonWriter writer)
            {
                int count = list?.Count ?? 0;
                var bounds = field.Repeat!;
                if (count == 0 && !IsRequired(field, cursor)) return;
                if (count < bounds.Min) Fail(path, field, "repeatMin", bounds.Min);
                if (bounds.Max is int max && count > max) Fail(path, field, "repeatMax", max);
                if (count == 0) return; // an empty list is not kept
                writer.WritePropertyName(field.Id);
                writer.WriteStartArray();
                for (int i = 0; i < count; i++)
                {
                    var entry = list!.Entries[i];
                    string entryPath = path + "[" + i + "]";
                    writer.WriteStartObject();
                    if (entry.WrongFormat.Contains("")) Fail(entryPath, field, "format", null);
                    else CheckFields(field.Fields, entry, entryPath, cursor.Enter(field.Path, i), writer);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }

            /// <summary>Required always, or while its requiredWhen is true.</summary>
            private bool IsRequired(FieldModel field, EntryCursor cursor) =>
                field.Required || (field.RequiredWhen != null && Interpreter.IsTrue(Interpreter.Evaluate(field.RequiredWhen, this, cursor)));

            public void CheckRules(IEnumerable<RuleModel> rules)
            {
                foreach (var rule in rules)
                {
                    if (rule.When != null && !Interpreter.IsTrue(Interpreter.Evaluate(rule.When, this, EntryCursor.Root))) continue;
                    bool allPresent = true;
                    foreach (var read in rule.Reads)
                        if (Read(new BoundFieldReference(ExpressionType.Null, read, null), EntryCursor.Root) == null) { allPresent = false; break; }
                    if (!allPresent) continue;
                    if (Interpreter.IsTrue(Interpreter.Evaluate(rule.Assert, this, EntryCursor.Root))) continue;
                    string path = rule.On.Count > 0 ? rule.On[0] : "";
                    Errors.Add(new ValidationError(path, rule.Id, rule.Message.De, rule.Message.Get("en")));
                }
            }

            public void Fail(string path, FieldModel field, string code, object? limit)
            {
                var (de, en) = DefaultMessages.Resolve(code, field, limit);
                Errors.Add(new ValidationError(path, code, de, en));
            }
        }

        private sealed class FieldChecks : CheckContext
        {
            private readonly Run _run;
            private readonly string _path;
            private readonly FieldModel _field;
            private readonly EntryCursor _cursor;

            public FieldChecks(Run run, string path, FieldModel field, EntryCursor cursor)
            {
                _run = run;
                _path = path;
                _field = field;
                _cursor = cursor;
            }

            public override void Fail(string code, object? limit = null) => _run.Fail(_path, _field, code, limit);

            public override object? Evaluate(BoundExpression expression) => Interpreter.Evaluate(expression, _run, _cursor);
        }
    }
}
