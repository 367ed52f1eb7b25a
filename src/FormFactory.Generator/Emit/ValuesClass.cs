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
        private ValuesClass(string name, ValidatedField? field, ValuesClass? parent, EquatableArray<ValidatedField> fields)
        {
            Name = name;
            Field = field;
            Parent = parent;
            Fields = fields;
        }

        /// <summary>The class name.</summary>
        public string Name { get; }

        /// <summary>The group field whose values it holds; null for the form itself.</summary>
        public ValidatedField? Field { get; }

        /// <summary>The class holding the group field; null for the form itself.</summary>
        public ValuesClass? Parent { get; }

        /// <summary>The fields it holds.</summary>
        public EquatableArray<ValidatedField> Fields { get; }

        /// <summary>True for the form itself.</summary>
        public bool IsRoot => Field == null;

        /// <summary>True for one entry of a repeated group.</summary>
        public bool IsEntry => Field?.Repeat != null;

        /// <summary>Every class of a validator, the form's first, parents before children, each name unique.</summary>
        public static IReadOnlyList<ValuesClass> All(ValidatorSpec spec)
        {
            var scope = new NameScope(new[] { "Run", "FormValues" });
            var all = new List<ValuesClass>();
            var root = new ValuesClass("FormValues", null, null, spec.Fields);
            all.Add(root);
            void Walk(ValuesClass owner)
            {
                foreach (var field in owner.Fields)
                {
                    if (field.Kind != FieldKind.Group) continue;
                    var child = new ValuesClass(scope.Claim(CSharpNames.Pascal(field.Path) + (field.Repeat != null ? "Entry" : "Values"), "Class"), field, owner, field.Fields);
                    all.Add(child);
                    Walk(child);
                }
            }
            Walk(root);
            return all;
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
