using System.Collections.Generic;
using FormFactory.Definitions.Model;

namespace FormFactory.Definitions.FieldTypes
{
    /// <summary>All field types, by name and by kind.</summary>
    public static class FieldTypeRegistry
    {
        private static readonly FieldType[] Types =
        {
            new TextFieldType(), new TextareaFieldType(), new IntegerFieldType(), new DecimalFieldType(), new MoneyFieldType(),
            new DateFieldType(), new BooleanFieldType(), new ChoiceFieldType(), new MultiChoiceFieldType(), new EmailFieldType(),
            new PhoneFieldType(), new PostcodeFieldType(), new IbanFieldType(), new FileFieldType(), new GroupFieldType(), new InfoFieldType(),
        };

        private static readonly Dictionary<string, FieldType> ByName = new Dictionary<string, FieldType>();
        private static readonly Dictionary<FieldKind, FieldType> ByKind = new Dictionary<FieldKind, FieldType>();
        private static readonly HashSet<string> AnyTypeProperties = new HashSet<string>();

        static FieldTypeRegistry()
        {
            foreach (var t in Types)
            {
                ByName[t.Name] = t;
                ByKind[t.Kind] = t;
                foreach (var p in t.Properties) AnyTypeProperties.Add(p);
            }
        }

        /// <summary>Every type, in the order of the format's table.</summary>
        public static IReadOnlyList<FieldType> All => Types;

        /// <summary>The type called <paramref name="name"/>, or null.</summary>
        public static FieldType? Find(string name) => ByName.TryGetValue(name, out var t) ? t : null;

        /// <summary>The type of <paramref name="kind"/>.</summary>
        public static FieldType Get(FieldKind kind) => ByKind[kind];

        /// <summary>True when some type takes <paramref name="property"/> (so using it elsewhere is FF0107, not FF0101).</summary>
        public static bool IsTypeProperty(string property) => AnyTypeProperties.Contains(property);

        /// <summary>The type names, comma-separated, for messages.</summary>
        public static string Names
        {
            get
            {
                var names = new List<string>();
                foreach (var t in Types) names.Add(t.Name);
                return string.Join(", ", names);
            }
        }
    }

    /// <summary>Value types of field kinds.</summary>
    public static class FieldKinds
    {
        /// <summary>The expression type of a non-repeated field of <paramref name="kind"/>.</summary>
        public static Expressions.ExpressionType ValueType(FieldKind kind) => FieldTypeRegistry.Get(kind).ValueType;
    }
}
