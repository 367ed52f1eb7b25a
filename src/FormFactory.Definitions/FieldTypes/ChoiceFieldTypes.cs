using System.Collections.Generic;
using System.Text.Json;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Reading;
using FormFactory.Definitions.Validation;

namespace FormFactory.Definitions.FieldTypes
{
    /// <summary><c>choice</c>: one code of a code list.</summary>
    public sealed class ChoiceFieldType : FieldType
    {
        private static readonly string[] Props = { "codeList", "as" };
        private static readonly string[] Codes = { "codeList", "format" };
        /// <inheritdoc />
        public override string Name => "choice";
        /// <inheritdoc />
        public override FieldKind Kind => FieldKind.Choice;
        /// <inheritdoc />
        public override ExpressionType ValueType => ExpressionType.Text;
        /// <inheritdoc />
        public override IReadOnlyList<string> Properties => Props;
        /// <inheritdoc />
        public override IReadOnlyList<string> Checks => Codes;

        internal override void Read(ObjectReader reader, FieldDraft draft, BindingContext context)
        {
            var list = ReadCodeList(reader, context);
            draft.Symbol.CodeList = list;
            draft.Model = draft.Model with { CodeList = list, Display = BooleanFieldType.ReadDisplay(reader, "radios", "select") };
        }

        internal static CodeListModel? ReadCodeList(ObjectReader reader, BindingContext context)
        {
            var id = reader.StringSyntax("codeList", required: true);
            if (id == null) return null;
            var list = context.FindCodeList(id.Value);
            if (list == null)
                reader.Diagnostics.Report(DiagnosticDescriptors.UnknownCodeList, id.Location, id.Value, context.SuggestCodeList(id.Value));
            return list;
        }

        /// <inheritdoc />
        public override bool TryRead(JsonElement json, FieldModel field, out object? value)
        {
            value = null;
            if (json.ValueKind == JsonValueKind.Null) return true;
            if (!TryGetString(json, out var s)) return false;
            value = s.Length == 0 ? null : s;
            return true;
        }

        /// <inheritdoc />
        public override void Check(object value, FieldModel field, CheckContext checks)
        {
            if (field.CodeList != null && !field.CodeList.Contains((string)value)) checks.Fail("codeList");
        }
    }

    /// <summary><c>multiChoice</c>: a set of codes of a code list.</summary>
    public sealed class MultiChoiceFieldType : FieldType
    {
        private static readonly string[] Props = { "codeList", "minItems", "maxItems" };
        private static readonly string[] Codes = { "codeList", "minItems", "maxItems", "format" };
        /// <inheritdoc />
        public override string Name => "multiChoice";
        /// <inheritdoc />
        public override FieldKind Kind => FieldKind.MultiChoice;
        /// <inheritdoc />
        public override ExpressionType ValueType => ExpressionType.CodeSet;
        /// <inheritdoc />
        public override IReadOnlyList<string> Properties => Props;
        /// <inheritdoc />
        public override IReadOnlyList<string> Checks => Codes;

        internal override void Read(ObjectReader reader, FieldDraft draft, BindingContext context)
        {
            var list = ChoiceFieldType.ReadCodeList(reader, context);
            draft.Symbol.CodeList = list;
            var min = reader.Integer("minItems");
            var max = reader.Integer("maxItems");
            if (min != null && max != null && min > max)
                reader.Diagnostics.Report(DiagnosticDescriptors.MinGreaterThanMax, reader.Syntax.Find("minItems")!.Value.Location, "minItems", min, "maxItems", max);
            draft.Model = draft.Model with { CodeList = list, MinItems = (int?)min, MaxItems = (int?)max };
        }

        /// <inheritdoc />
        public override bool TryRead(JsonElement json, FieldModel field, out object? value)
        {
            value = null;
            if (json.ValueKind == JsonValueKind.Null) return true;
            if (json.ValueKind != JsonValueKind.Array) return false;
            var codes = new List<string>();
            foreach (var item in json.EnumerateArray())
            {
                if (!TryGetString(item, out var code)) return false;
                if (!codes.Contains(code)) codes.Add(code);
            }
            value = codes.Count == 0 ? null : codes;
            return true;
        }

        /// <inheritdoc />
        public override void Check(object value, FieldModel field, CheckContext checks)
        {
            var codes = (List<string>)value;
            if (field.CodeList != null)
                foreach (var code in codes)
                    if (!field.CodeList.Contains(code)) { checks.Fail("codeList"); break; }
            if (field.MinItems is int min && codes.Count < min) checks.Fail("minItems", min);
            if (field.MaxItems is int max && codes.Count > max) checks.Fail("maxItems", max);
        }
    }
}
