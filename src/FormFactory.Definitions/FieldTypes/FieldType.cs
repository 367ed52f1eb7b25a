using System.Collections.Generic;
using System.Text.Json;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Reading;
using FormFactory.Definitions.Validation;

namespace FormFactory.Definitions.FieldTypes
{
    /// <summary>
    /// Everything one field type means, in one place: its name, the properties it takes, its value type in
    /// expressions, the checks it can fail, how a submitted value is read and checked. Back ends ask the registry
    /// (<see cref="FieldTypeRegistry"/>) instead of switching on type names of their own.
    /// </summary>
    public abstract class FieldType
    {
        /// <summary>The name used in <c>"type"</c>.</summary>
        public abstract string Name { get; }

        /// <summary>The kind in the bound model.</summary>
        public abstract FieldKind Kind { get; }

        /// <summary>The value's type in expressions.</summary>
        public abstract ExpressionType ValueType { get; }

        /// <summary>The properties this type takes beyond the common ones.</summary>
        public virtual IReadOnlyList<string> Properties => System.Array.Empty<string>();

        /// <summary>
        /// The C# type of a value in generated models, fully qualified (<c>string</c>, <c>long</c>,
        /// <c>global::System.DateOnly</c> …). Null where the generator derives the type from the field (code list
        /// enums, group records) or where the field holds no value (<c>info</c>).
        /// </summary>
        public virtual string? ModelType => null;

        /// <summary>Check codes a value of this type can fail, besides <c>required</c>.</summary>
        public virtual IReadOnlyList<string> Checks => System.Array.Empty<string>();

        /// <summary>Reads the type-specific properties into <paramref name="draft"/>.</summary>
        internal virtual void Read(ObjectReader reader, FieldDraft draft, BindingContext context) { }

        /// <summary>
        /// Turns a submitted JSON value into the model value (string, decimal, DateTime, bool, code list, file), or
        /// returns false when it has the wrong shape (check code <c>format</c>). Empty values give null.
        /// </summary>
        public abstract bool TryRead(JsonElement json, FieldModel field, out object? value);

        /// <summary>Runs the type's checks on a non-empty value, reporting failures to <paramref name="checks"/>.</summary>
        public virtual void Check(object value, FieldModel field, CheckContext checks) { }

        /// <summary>True when <paramref name="value"/> counts as empty for <c>required</c>.</summary>
        public virtual bool IsEmpty(object? value, FieldModel field) => value == null;

        /// <summary>
        /// The string in <paramref name="json"/>. False for anything else, and for a string that is no valid UTF-16
        /// (an unpaired surrogate escape such as <c>\uD800</c>, which JSON allows and .NET cannot turn into a string).
        /// </summary>
        protected static bool TryGetString(JsonElement json, out string value)
        {
            value = "";
            if (json.ValueKind != JsonValueKind.String) return false;
            try
            {
                value = json.GetString()!;
                return true;
            }
            catch (System.InvalidOperationException)
            {
                return false;
            }
        }
    }
}
