using System.Collections.Generic;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;
using FormFactory.Generator.Pipeline;

namespace FormFactory.Generator.Emit
{
    /// <summary>
    /// Writes one values class of a validator: a member per field (its value and whether it had the wrong JSON
    /// shape), reading from JSON, emptiness, visibility (remembered per object, as the reference remembers it per
    /// concrete path) and each field's effective value, which is null while the field is hidden.
    /// </summary>
    internal sealed class ValuesClassEmitter
    {
        private const string Element = "global::System.Text.Json.JsonElement";
        private const string ValueKind = "global::System.Text.Json.JsonValueKind";

        private readonly CodeWriter _w;
        private readonly ValuesClass _class;
        private readonly string _support;
        private readonly string _rootNamespace;
        private readonly ValidatorStatics _statics;
        private readonly EquatableArray<RuleSpec> _rules;
        private readonly Dictionary<ValidatedField, ValuesClass> _children = new Dictionary<ValidatedField, ValuesClass>();

        /// <summary>Prepares to write <paramref name="class"/>.</summary>
        public ValuesClassEmitter(CodeWriter writer, ValuesClass @class, IReadOnlyList<ValuesClass> all, string rootNamespace, ValidatorStatics statics,
            EquatableArray<RuleSpec> rules)
        {
            _rules = rules;
            _w = writer;
            _class = @class;
            _rootNamespace = rootNamespace;
            _support = "global::" + rootNamespace + ".FormFactoryValidation";
            _statics = statics;
            foreach (var c in all)
                if (c.Parent == @class) _children[c.Field!] = c;
        }

        /// <summary>Writes the class.</summary>
        public void Write()
        {
            _w.Line("internal sealed class " + _class.Name).Open();
            WriteMembers();
            WriteConstructor();
            if (_class.IsRoot) WriteLifetime();
            else WritePath();
            WriteLoad();
            new RecordLoadEmitter(_w, _class, _children, _rootNamespace).Write();
            WriteReset();
            if (!_class.IsRoot) WriteIsEmpty();
            WriteVisibility();
            new FieldCheckEmitter(_w, _class, _children, _rootNamespace, _statics, _rules).Write();
            _w.Close();
        }

        /// <summary>The C# type of a field's value in a values class.</summary>
        public static string ValueType(ValidatedField field) => field.Kind switch
        {
            FieldKind.Integer or FieldKind.Decimal or FieldKind.Money => "decimal?",
            FieldKind.Date => "global::System.DateTime?",
            FieldKind.Boolean => "bool?",
            FieldKind.MultiChoice => "global::System.Collections.Generic.List<string>?",
            FieldKind.File => "global::FormFactory.Runtime.Attachment?",
            _ => "string?",
        };

        private void WriteMembers()
        {
            if (_class.IsRoot)
            {
                // The values (and run) a thread's next validation reuses; null while a validation uses them.
                _w.Line("[global::System.ThreadStatic]");
                _w.Line("private static FormValues? Pooled;");
            }
            _w.Line($"public readonly {_support}.Run Run;");
            _w.Line("public readonly FormValues Root;");
            if (_class.Parent != null) _w.Line($"public readonly {_class.Parent.Name} Parent;");
            if (_class.IsEntry)
            {
                _w.Line("public readonly int Index;");
                _w.Line("public bool Wrong;");
            }
            foreach (var f in _class.Fields)
            {
                string member = ValuesAccess.Member(f.Id);
                if (_children.TryGetValue(f, out var child))
                {
                    if (f.Repeat == null) _w.Line($"public readonly {child.Name} {member};");
                    else
                    {
                        _w.Line($"public global::System.Collections.Generic.List<{child.Name}>? {member};");
                        // The list of entries and every entry made so far, reused by the next validation.
                        _w.Line($"private global::System.Collections.Generic.List<{child.Name}>? {f.Id}_Items;");
                        _w.Line($"private global::System.Collections.Generic.List<{child.Name}>? {f.Id}_Spare;");
                    }
                }
                else
                {
                    _w.Line($"public {ValueType(f)} {member};");
                    if (f.Kind == FieldKind.MultiChoice) _w.Line($"private global::System.Collections.Generic.List<string>? {f.Id}_Codes;");
                }
                _w.Line($"public bool {f.Id}_Wrong;");
                if (f.VisibleWhen != null) _w.Line($"private byte {f.Id}_State;");
            }
        }

        private void WriteConstructor()
        {
            var parameters = new List<string> { _support + ".Run run" };
            if (!_class.IsRoot) parameters.Add("FormValues root");
            if (_class.Parent != null) parameters.Add(_class.Parent.Name + " parent");
            if (_class.IsEntry) parameters.Add("int index");
            _w.Line();
            _w.Line($"public {_class.Name}({string.Join(", ", parameters)})").Open();
            _w.Line("this.Run = run;");
            _w.Line(_class.IsRoot ? "this.Root = this;" : "this.Root = root;");
            if (_class.Parent != null) _w.Line("this.Parent = parent;");
            if (_class.IsEntry) _w.Line("this.Index = index;");
            // Groups always exist, empty when absent: reading through an absent group gives null, as in the reference.
            foreach (var f in _class.Fields)
                if (f.Repeat == null && _children.TryGetValue(f, out var child))
                    _w.Line($"this.{ValuesAccess.Member(f.Id)} = new {child.Name}(run, this.Root, this);");
            _w.Close();
        }

        private void WriteLoad()
        {
            _w.Line();
            _w.Line($"public void Load({Element} json)").Open();
            if (_class.Fields.Count > 0) _w.Line($"{Element} value;");
            foreach (var f in _class.Fields)
            {
                string member = "this." + ValuesAccess.Member(f.Id);
                _w.Line($"if (json.TryGetProperty({CSharpLiteral.String(f.Id)}, out value) && value.ValueKind != {ValueKind}.Null)").Open();
                if (_children.TryGetValue(f, out var child) && f.Repeat == null)
                {
                    _w.Line($"if (value.ValueKind == {ValueKind}.Object) {member}.Load(value);");
                    _w.Line($"else this.{f.Id}_Wrong = true;");
                }
                else if (child != null)
                {
                    _w.Line($"if (value.ValueKind == {ValueKind}.Array)").Open();
                    _w.Line($"var items = this.{f.Id}_Items ??= new global::System.Collections.Generic.List<{child.Name}>();");
                    _w.Line("foreach (var item in value.EnumerateArray())").Open();
                    _w.Line($"var entry = this.{f.Id}_Entry(items.Count);");
                    _w.Line($"if (item.ValueKind == {ValueKind}.Object) entry.Load(item);");
                    _w.Line("else entry.Wrong = true;");
                    _w.Line("items.Add(entry);");
                    _w.Close();
                    _w.Line($"{member} = items;");
                    _w.Close();
                    _w.Line($"else this.{f.Id}_Wrong = true;");
                }
                else _w.Line($"this.{f.Id}_Wrong = !{_support}.{Reader(f)}(value, {(f.Kind == FieldKind.Boolean ? (f.Checkbox ? "true, " : "false, ") : "")}out {member});");
                _w.Close();
            }
            _w.Close();
        }

        private void WriteLifetime()
        {
            string errors = "global::System.Collections.Generic.IReadOnlyList<global::FormFactory.Runtime.ValidationError>";
            _w.Line();
            // A validation started while another runs on the thread (none of ours does; a record's list might) finds
            // nothing pooled and makes its own values.
            _w.Line("public static FormValues Rent(global::System.DateTime today)").Open();
            _w.Line($"var form = Pooled ?? new FormValues(new {_support}.Run());");
            _w.Line("Pooled = null;");
            _w.Line("form.Run.Start(today);");
            _w.Line("return form;");
            _w.Close();
            _w.Line();
            _w.Line($"public {errors} Release()").Open();
            _w.Line($"{errors} errors = this.Run.End();");
            _w.Line("this.Reset();");
            _w.Line("Pooled = this;");
            _w.Line("return errors;");
            _w.Close();
        }

        private void WritePath()
        {
            // Built only when an error is recorded: a valid submission builds no path. Below an entry, Path(suffix)
            // builds a field's path in one concatenation (index texts come cached from the runtime).
            var field = _class.Field!;
            _w.Line();
            if (_class.FixedPath is { } path)
            {
                _w.Line($"public string Path() => {CSharpLiteral.String(path)};");
                return;
            }
            string own = CSharpLiteral.String("." + field.Id);
            if (!_class.IsEntry)
            {
                _w.Line($"public string Path() => this.Parent.Path({own});");
                _w.Line($"public string Path(string suffix) => this.Parent.Path({own} + suffix);");
                return;
            }
            string list = _class.FixedListPath is { } listPath ? CSharpLiteral.String(listPath) : $"this.Parent.Path({own})";
            _w.Line("public string Path() => this.Path(\"\");");
            _w.Line($"public string Path(string suffix) => string.Concat({list}, global::FormFactory.Runtime.ErrorPaths.Index(this.Index), suffix);");
        }

        private void WriteReset()
        {
            // Back to the state of a new object, keeping lists and entries for reuse (unless they grew large).
            _w.Line();
            _w.Line("public void Reset()").Open();
            if (_class.IsEntry) _w.Line("this.Wrong = false;");
            foreach (var f in _class.Fields)
            {
                string member = "this." + ValuesAccess.Member(f.Id);
                if (_children.TryGetValue(f, out var child) && f.Repeat == null) _w.Line($"{member}.Reset();");
                else if (child != null)
                {
                    _w.Line($"{member} = null;");
                    _w.Line($"if (this.{f.Id}_Items != null)").Open();
                    _w.Line($"for (int i = 0; i < this.{f.Id}_Items.Count; i++) this.{f.Id}_Items[i].Reset();");
                    _w.Line($"this.{f.Id}_Items.Clear();");
                    _w.Line($"if (this.{f.Id}_Spare?.Count > {_support}.MaxPooledItems)").Open();
                    _w.Line($"this.{f.Id}_Items = null;");
                    _w.Line($"this.{f.Id}_Spare = null;");
                    _w.Close();
                    _w.Close();
                }
                else
                {
                    _w.Line($"{member} = null;");
                    if (f.Kind == FieldKind.MultiChoice)
                    {
                        _w.Line($"this.{f.Id}_Codes?.Clear();");
                        _w.Line($"if (this.{f.Id}_Codes?.Capacity > {_support}.MaxPooledItems) this.{f.Id}_Codes = null;");
                    }
                }
                _w.Line($"this.{f.Id}_Wrong = false;");
                if (f.VisibleWhen != null) _w.Line($"this.{f.Id}_State = 0;");
            }
            _w.Close();
            foreach (var f in _class.Fields)
            {
                if (f.Repeat == null || !_children.TryGetValue(f, out var entry)) continue;
                _w.Line();
                _w.Line($"private {entry.Name} {f.Id}_Entry(int index)").Open();
                _w.Line($"var spare = this.{f.Id}_Spare ??= new global::System.Collections.Generic.List<{entry.Name}>();");
                _w.Line($"if (index == spare.Count) spare.Add(new {entry.Name}(this.Run, this.Root, this, index));");
                _w.Line("return spare[index];");
                _w.Close();
            }
        }

        private static string Reader(ValidatedField f) => f.Kind switch
        {
            FieldKind.Integer => "TryReadInteger",
            FieldKind.Decimal or FieldKind.Money => "TryReadNumber",
            FieldKind.Date => "TryReadDate",
            FieldKind.Boolean => "TryReadBoolean",
            FieldKind.MultiChoice => "TryReadCodes",
            FieldKind.File => "TryReadFile",
            FieldKind.Iban => "TryReadIban",
            _ => "TryRead" + TextKind(f.Kind),
        };

        /// <summary>
        /// How the support class reads (TryRead…) or takes from a record (TryTake…) a string of this kind: codes as
        /// any text, a textarea with line breaks, every other text as one line (FormFactory.Runtime.TextCharacters).
        /// </summary>
        internal static string TextKind(FieldKind kind) => kind switch
        {
            FieldKind.Choice => "Text",
            FieldKind.Textarea => "Lines",
            _ => "Line",
        };

        private void WriteIsEmpty()
        {
            // No field at any depth has a value, and nothing had the wrong shape (hidden fields count too).
            var terms = new List<string>();
            if (_class.IsEntry) terms.Add("!this.Wrong");
            foreach (var f in _class.Fields)
            {
                string member = "this." + ValuesAccess.Member(f.Id);
                terms.Add($"!this.{f.Id}_Wrong");
                if (f.Kind != FieldKind.Group) terms.Add(member + " == null");
                else if (f.Repeat == null) terms.Add(member + ".IsEmpty");
                else terms.Add($"({member} == null || {member}.Count == 0)");
            }
            _w.Line();
            _w.Line("public bool IsEmpty => " + (terms.Count == 0 ? "true" : string.Join(" && ", terms)) + ";");
        }

        private void WriteVisibility()
        {
            _w.Line();
            _w.Line(_class.IsRoot ? "private bool ParentVisible() => true;" : $"private bool ParentVisible() => this.Parent.{_class.Field!.Id}_Visible();");
            var access = new ValuesAccess(_class);
            foreach (var f in _class.Fields)
            {
                _w.Line();
                if (f.VisibleWhen == null) _w.Line($"public bool {f.Id}_Visible() => this.ParentVisible();");
                else
                {
                    // 0 not yet known, 1 visible, 2 hidden, 3 being worked out (reads as hidden, as in the reference).
                    _w.Line($"public bool {f.Id}_Visible()").Open();
                    _w.Line($"if (this.{f.Id}_State != 0) return this.{f.Id}_State == 1;");
                    _w.Line($"this.{f.Id}_State = 3;");
                    _w.Line($"bool visible = this.ParentVisible() && {CSharpPrinter.PrintCondition(f.VisibleWhen, access)};");
                    _w.Line($"this.{f.Id}_State = visible ? (byte)1 : (byte)2;");
                    _w.Line("return visible;");
                    _w.Close();
                }
                string member = "this." + ValuesAccess.Member(f.Id);
                if (_children.TryGetValue(f, out var child))
                {
                    if (f.Repeat == null) _w.Line($"public {child.Name}? {f.Id}_Value() => this.{f.Id}_Visible() && !{member}.IsEmpty ? {member} : null;");
                    else _w.Line($"public global::System.Collections.Generic.List<{child.Name}>? {f.Id}_Value() => this.{f.Id}_Visible() && {member} != null && {member}.Count > 0 ? {member} : null;");
                }
                else if (f.Kind == FieldKind.Iban)
                {
                    // Normalised when first read, so a hidden IBAN from a record costs no copy (JSON reading normalises already).
                    _w.Line($"public string? {f.Id}_Normal() => {member} == null ? null : ({member} = global::FormFactory.Runtime.FormatChecks.NormalizeIban({member}));");
                    _w.Line($"public {ValueType(f)} {f.Id}_Value() => this.{f.Id}_Visible() ? this.{f.Id}_Normal() : null;");
                }
                else _w.Line($"public {ValueType(f)} {f.Id}_Value() => this.{f.Id}_Visible() ? {member} : null;");
            }
        }
    }
}
