using System.Collections.Generic;
using FormFactory.Definitions.Model;
using FormFactory.Generator.Naming;
using FormFactory.Generator.Pipeline;

namespace FormFactory.Generator.Emit
{
    /// <summary>
    /// One class of a generated validator: holds the values read from one JSON object (the form, a group, or one
    /// entry of a repeated group), knows which of its fields are visible, and checks them.
    /// </summary>
    internal sealed class ValuesClass
    {
        private ValuesClass(string name, ValidatedField? field, ValuesClass? parent, EquatableArray<ValidatedField> fields, string recordType, TypeSpec record)
        {
            Name = name;
            Field = field;
            Parent = parent;
            Fields = fields;
            RecordType = recordType;
            Record = record;
        }

        /// <summary>The class name.</summary>
        public string Name { get; }

        /// <summary>The group field whose values it holds; null for the form itself.</summary>
        public ValidatedField? Field { get; }

        /// <summary>The class holding the group field; null for the form itself.</summary>
        public ValuesClass? Parent { get; }

        /// <summary>The fields it holds.</summary>
        public EquatableArray<ValidatedField> Fields { get; }

        /// <summary>The C# name of the generated record holding the same object (<c>global::Ns.HundAnmelden.HundeItem</c>).</summary>
        public string RecordType { get; }

        /// <summary>The generated record holding the same object.</summary>
        public TypeSpec Record { get; }

        /// <summary>The record's property for <paramref name="field"/> (every validated field has one: only info fields have none).</summary>
        public PropertySpec Property(ValidatedField field)
        {
            foreach (var p in Record.Properties)
                if (p.FieldId == field.Id) return p;
            throw new System.InvalidOperationException($"Record {Record.Name} has no property for field '{field.Id}'.");
        }

        /// <summary>True for the form itself.</summary>
        public bool IsRoot => Field == null;

        /// <summary>True for one entry of a repeated group.</summary>
        public bool IsEntry => Field?.Repeat != null;

        /// <summary>
        /// The error path of the object this class holds when it is the same in every submission (<c>""</c> for the
        /// form, <c>person.anschrift</c>); null in and below an entry of a repeated group, whose paths carry indexes.
        /// </summary>
        public string? FixedPath =>
            IsRoot ? "" : IsEntry || Parent!.FixedPath == null ? null : Parent.IsRoot ? Field!.Id : Parent.FixedPath + "." + Field!.Id;

        /// <summary>
        /// For an entry of a repeated group that lies in no other entry, the group's fixed error path (<c>hunde</c>):
        /// the entry's paths then carry one index, its own. Null otherwise.
        /// </summary>
        public string? FixedListPath => IsEntry ? Parent!.FixedPathOf(Field!) : null;

        /// <summary>The error path of <paramref name="field"/> of this class when it is fixed (see <see cref="FixedPath"/>), else null.</summary>
        public string? FixedPathOf(ValidatedField field) =>
            FixedPath is not { } path ? null : path.Length == 0 ? field.Id : path + "." + field.Id;

        /// <summary>
        /// Every class of a validator, the form's first, parents before children, each name unique; each paired with
        /// the record of <paramref name="form"/> (in <paramref name="rootNamespace"/>) that holds the same object.
        /// </summary>
        public static IReadOnlyList<ValuesClass> All(FormSpec form, string rootNamespace)
        {
            var scope = new NameScope(new[] { "Run", "FormValues" });
            var all = new List<ValuesClass>();
            var root = new ValuesClass("FormValues", null, null, form.Validator.Fields, "global::" + rootNamespace + "." + form.Type.Name, form.Type);
            all.Add(root);
            void Walk(ValuesClass owner)
            {
                foreach (var field in owner.Fields)
                {
                    if (field.Kind != FieldKind.Group) continue;
                    var property = owner.Property(field);
                    var record = Nested(owner.Record, property.Type.Name);
                    var child = new ValuesClass(scope.Claim(CSharpNames.Pascal(field.Path) + (field.Repeat != null ? "Entry" : "Values"), "Class"), field, owner, field.Fields,
                        owner.RecordType + "." + record.Name, record);
                    all.Add(child);
                    Walk(child);
                }
            }
            Walk(root);
            return all;
        }

        private static TypeSpec Nested(TypeSpec owner, string name)
        {
            foreach (var t in owner.NestedTypes)
                if (t.Name == name) return t;
            throw new System.InvalidOperationException($"Record {owner.Name} has no nested record {name}.");
        }

        /// <summary>
        /// The entries an expression evaluated in this class can see, by the repeated group's model path: this
        /// object if it is an entry, and each entry it lies in, reached through <c>Parent</c>.
        /// </summary>
        public Dictionary<string, string> SelectedEntries()
        {
            var entries = new Dictionary<string, string>(System.StringComparer.Ordinal);
            string expression = "this";
            for (var c = this; c != null; c = c.Parent)
            {
                if (c.IsEntry) entries[c.Field!.Path] = expression;
                expression += ".Parent";
            }
            return entries;
        }
    }
}
