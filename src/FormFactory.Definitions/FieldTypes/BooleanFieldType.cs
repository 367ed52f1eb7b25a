using System.Collections.Generic;
using System.Text.Json;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Reading;

namespace FormFactory.Definitions.FieldTypes
{
    /// <summary><c>boolean</c>: yes/no radios, or one checkbox whose unticked state counts as empty.</summary>
    public sealed class BooleanFieldType : FieldType
    {
        private static readonly string[] Props = { "as" };
        private static readonly string[] Codes = { "format" };
        /// <inheritdoc />
        public override string Name => "boolean";
        /// <inheritdoc />
        public override FieldKind Kind => FieldKind.Boolean;
        /// <inheritdoc />
        public override ExpressionType ValueType => ExpressionType.Boolean;
        /// <inheritdoc />
        public override string? ModelType => "bool";
        /// <inheritdoc />
        public override IReadOnlyList<string> Properties => Props;
        /// <inheritdoc />
        public override IReadOnlyList<string> Checks => Codes;

        internal override void Read(ObjectReader reader, FieldDraft draft, BindingContext context) =>
            draft.Model = draft.Model with { Display = ReadDisplay(reader, "radios", "checkbox") };

        /// <summary>Reads <c>as</c>, accepting only <paramref name="allowed"/>.</summary>
        internal static string? ReadDisplay(ObjectReader reader, params string[] allowed)
        {
            var s = reader.StringSyntax("as");
            if (s == null) return null;
            if (System.Array.IndexOf(allowed, s.Value) < 0)
            {
                reader.Diagnostics.Report(DiagnosticDescriptors.UnknownOption, s.Location, "display ('as')", s.Value, string.Join(", ", allowed));
                return null;
            }
            return s.Value;
        }

        /// <inheritdoc />
        public override bool TryRead(JsonElement json, FieldModel field, out object? value)
        {
            value = null;
            switch (json.ValueKind)
            {
                case JsonValueKind.Null: return true;
                case JsonValueKind.True: value = true; return true;
                case JsonValueKind.False:
                    // An unticked checkbox is no answer; "no" on radios is one.
                    value = field.Display == "checkbox" ? null : (object)false;
                    return true;
                default: return false;
            }
        }
    }
}
