using System;
using System.Collections.Generic;
using System.Text.Json;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Reading;
using FormFactory.Definitions.Validation;
using FormFactory.Runtime;

namespace FormFactory.Definitions.FieldTypes
{
    /// <summary><c>date</c>: a calendar date, bounded by date expressions such as <c>today()</c>.</summary>
    public sealed class DateFieldType : FieldType
    {
        private static readonly string[] Props = { "min", "max" };
        private static readonly string[] Codes = { "min", "max", "format" };
        /// <inheritdoc />
        public override string Name => "date";
        /// <inheritdoc />
        public override FieldKind Kind => FieldKind.Date;
        /// <inheritdoc />
        public override ExpressionType ValueType => ExpressionType.Date;
        /// <inheritdoc />
        public override string? ModelType => "global::System.DateOnly";
        /// <inheritdoc />
        public override IReadOnlyList<string> Properties => Props;
        /// <inheritdoc />
        public override IReadOnlyList<string> Checks => Codes;

        internal override void Read(ObjectReader reader, FieldDraft draft, BindingContext context)
        {
            // Bounds are expressions; they are bound in the second pass, when all fields are known.
            draft.MinDate = reader.NonEmptyStringSyntax("min");
            draft.MaxDate = reader.NonEmptyStringSyntax("max");
        }

        /// <inheritdoc />
        public override bool TryRead(JsonElement json, FieldModel field, out object? value)
        {
            value = null;
            if (json.ValueKind == JsonValueKind.Null) return true;
            if (!TryGetString(json, out var s)) return false;
            if (s.Length == 0) return true;
            if (!DateLiterals.TryParse(s, out var date)) return false;
            value = date;
            return true;
        }

        /// <inheritdoc />
        public override void Check(object value, FieldModel field, CheckContext checks)
        {
            var date = (DateTime)value;
            if (field.MinDate != null && checks.Evaluate(field.MinDate) is DateTime min && date < min) checks.Fail("min", DateLiterals.Format(min));
            if (field.MaxDate != null && checks.Evaluate(field.MaxDate) is DateTime max && date > max) checks.Fail("max", DateLiterals.Format(max));
        }
    }
}
