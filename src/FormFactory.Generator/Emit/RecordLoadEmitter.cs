using System.Collections.Generic;
using FormFactory.Definitions.Model;
using FormFactory.Generator.Pipeline;

namespace FormFactory.Generator.Emit
{
    /// <summary>
    /// Writes a values class's <c>Load(record)</c>: fills it from the generated record that holds the same object,
    /// giving each field the value (and wrong-shape flag) it would get from the record's own JSON, so the checks
    /// after it are the JSON path's. Record strings are used as they are, and lists and entries are the pooled ones:
    /// loading a valid record allocates nothing.
    /// </summary>
    internal sealed class RecordLoadEmitter
    {
        private readonly CodeWriter _w;
        private readonly ValuesClass _class;
        private readonly IReadOnlyDictionary<ValidatedField, ValuesClass> _children;
        private readonly string _rootNamespace;
        private readonly string _support;

        /// <summary>Prepares to write the record loader of <paramref name="class"/>.</summary>
        public RecordLoadEmitter(CodeWriter writer, ValuesClass @class, IReadOnlyDictionary<ValidatedField, ValuesClass> children, string rootNamespace)
        {
            _w = writer;
            _class = @class;
            _children = children;
            _rootNamespace = rootNamespace;
            _support = "global::" + rootNamespace + ".FormFactoryValidation";
        }

        /// <summary>Writes <c>Load(record)</c>.</summary>
        public void Write()
        {
            _w.Line();
            _w.Line($"public void Load({_class.RecordType} record)").Open();
            foreach (var f in _class.Fields) WriteField(f, _class.Property(f));
            _w.Close();
        }

        private void WriteField(ValidatedField f, PropertySpec p)
        {
            // An IBAN is taken as written and normalised when first read (x_Normal), so a hidden one costs no copy.
            // Locals are named after the field with a suffix: ids have no underscore, so they never collide.
            string member = "this." + ValuesAccess.Member(f.Id);
            string wrong = $"this.{f.Id}_Wrong";
            string value = "record." + p.Name;
            string mapping = "global::" + _rootNamespace + ".CodeLists." + p.CodeMapping;
            bool coded = p.Type.Origin == TypeOrigin.CodeList;
            if (_children.TryGetValue(f, out var child))
            {
                if (f.Repeat == null)
                {
                    _w.Line($"if ({value} is {child.RecordType} {f.Id}_Group) {member}.Load({f.Id}_Group);");
                    return;
                }
                // A null entry stands where JSON would have null: an entry of the wrong shape.
                _w.Line($"if ({value} is {{ Count: > 0 }} {f.Id}_List)").Open();
                _w.Line($"var items = this.{f.Id}_Items ??= new global::System.Collections.Generic.List<{child.Name}>();");
                _w.Line($"for (int i = 0; i < {f.Id}_List.Count; i++)").Open();
                _w.Line($"var entry = this.{f.Id}_Entry(i);");
                _w.Line($"var item = {f.Id}_List[i];");
                _w.Line("if (item is null) entry.Wrong = true;");
                _w.Line("else entry.Load(item);");
                _w.Line("items.Add(entry);");
                _w.Close();
                _w.Line($"{member} = items;");
                _w.Close();
                return;
            }
            switch (f.Kind)
            {
                case FieldKind.MultiChoice:
                    // Each code once, in the order first given, as the JSON reader keeps them.
                    _w.Line($"if ({value} is {{ Count: > 0 }} {f.Id}_List)").Open();
                    _w.Line($"var codes = this.{f.Id}_Codes ??= new global::System.Collections.Generic.List<string>();");
                    _w.Line(coded
                        ? $"for (int i = 0; i < {f.Id}_List.Count; i++) {_support}.AddCode(codes, {mapping}.TryToCode({f.Id}_List[i], out string code) ? code : {_support}.NoMemberCode);"
                        : $"for (int i = 0; i < {f.Id}_List.Count; i++) {_support}.AddCode(codes, {f.Id}_List[i] ?? \"\");");
                    _w.Line($"{member} = codes;");
                    _w.Close();
                    break;
                case FieldKind.Choice when coded:
                    _w.Line($"if ({value} is {FormEmitter.ElementType(p, _rootNamespace)} {f.Id}_Member) {member} = {mapping}.TryToCode({f.Id}_Member, out string {f.Id}_Code) ? {f.Id}_Code : {_support}.NoMemberCode;");
                    break;
                case FieldKind.Integer:
                    _w.Line($"{member} = {value};");
                    break;
                case FieldKind.Decimal:
                case FieldKind.Money:
                    _w.Line($"{member} = {_support}.TakeNumber({value});");
                    break;
                case FieldKind.Date:
                    _w.Line($"{member} = {value} is global::System.DateOnly {f.Id}_Date ? {f.Id}_Date.ToDateTime(global::System.TimeOnly.MinValue) : (global::System.DateTime?)null;");
                    break;
                case FieldKind.Boolean:
                    _w.Line($"{member} = {_support}.TakeBoolean({value}, {(f.Checkbox ? "true" : "false")});");
                    break;
                case FieldKind.File:
                    _w.Line($"{wrong} = !{_support}.TryTakeFile({value}, out {member});");
                    break;
                default:
                    _w.Line($"{wrong} = !{_support}.TryTake{ValuesClassEmitter.TextKind(f.Kind)}({value}, out {member});");
                    break;
            }
        }
    }
}
