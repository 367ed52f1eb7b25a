using System.Collections.Generic;
using System.Text.Json;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Reading;
using FormFactory.Definitions.Validation;
using FormFactory.Runtime;

namespace FormFactory.Definitions.FieldTypes
{
    /// <summary>Shared behaviour of <c>integer</c>, <c>decimal</c> and <c>money</c>: exact decimals with bounds.</summary>
    public abstract class NumberFieldType : FieldType
    {
        /// <inheritdoc />
        public override ExpressionType ValueType => ExpressionType.Number;

        /// <inheritdoc />
        public override string? ModelType => "decimal";

        internal override void Read(ObjectReader reader, FieldDraft draft, BindingContext context)
        {
            var min = reader.Number("min");
            var max = reader.Number("max");
            if (min != null && max != null && min > max)
                reader.Diagnostics.Report(DiagnosticDescriptors.MinGreaterThanMax, reader.Syntax.Find("min")!.Value.Location, "min", Format(min.Value), "max", Format(max.Value));
            draft.Model = draft.Model with { Min = min, Max = max };
        }

        /// <inheritdoc />
        public override bool TryRead(JsonElement json, FieldModel field, out object? value)
        {
            value = null;
            if (json.ValueKind == JsonValueKind.Null) return true;
            if (json.ValueKind != JsonValueKind.Number) return false;
            if (!Numbers.TryParse(json.GetRawText(), out var d)) return false;
            value = d;
            return true;
        }

        /// <inheritdoc />
        public override void Check(object value, FieldModel field, CheckContext checks)
        {
            decimal d = (decimal)value;
            if (field.Min is decimal min && d < min) checks.Fail("min", Format(min));
            if (field.Max is decimal max && d > max) checks.Fail("max", Format(max));
        }

        /// <summary>Digits after the point once trailing zeros are gone (1.50 → 1).</summary>
        public static int Scale(decimal d) => Numbers.Scale(d);

        /// <summary>Invariant text without trailing zeros.</summary>
        public static string Format(decimal d) => Numbers.Format(d);
    }

    /// <summary><c>integer</c>: a whole number that fits 64 bits.</summary>
    public sealed class IntegerFieldType : NumberFieldType
    {
        private static readonly string[] Props = { "min", "max" };
        private static readonly string[] Codes = { "min", "max", "format" };
        /// <inheritdoc />
        public override string Name => "integer";
        /// <inheritdoc />
        public override FieldKind Kind => FieldKind.Integer;
        /// <inheritdoc />
        public override string? ModelType => "long";
        /// <inheritdoc />
        public override IReadOnlyList<string> Properties => Props;
        /// <inheritdoc />
        public override IReadOnlyList<string> Checks => Codes;

        /// <inheritdoc />
        public override bool TryRead(JsonElement json, FieldModel field, out object? value)
        {
            if (!base.TryRead(json, field, out value)) return false;
            if (value is decimal d && !Numbers.IsInt64(d))
            {
                value = null;
                return false;
            }
            if (value is decimal whole) value = decimal.Truncate(whole);
            return true;
        }
    }

    /// <summary><c>decimal</c>: a number with an optional scale.</summary>
    public sealed class DecimalFieldType : NumberFieldType
    {
        private static readonly string[] Props = { "min", "max", "scale" };
        private static readonly string[] Codes = { "min", "max", "scale", "format" };
        /// <inheritdoc />
        public override string Name => "decimal";
        /// <inheritdoc />
        public override FieldKind Kind => FieldKind.Decimal;
        /// <inheritdoc />
        public override IReadOnlyList<string> Properties => Props;
        /// <inheritdoc />
        public override IReadOnlyList<string> Checks => Codes;

        internal override void Read(ObjectReader reader, FieldDraft draft, BindingContext context)
        {
            base.Read(reader, draft, context);
            draft.Model = draft.Model with { Scale = (int?)reader.Integer("scale", 0, 20) };
        }

        /// <inheritdoc />
        public override void Check(object value, FieldModel field, CheckContext checks)
        {
            base.Check(value, field, checks);
            if (field.Scale is int scale && Scale((decimal)value) > scale) checks.Fail("scale", scale);
        }
    }

    /// <summary><c>money</c>: euros with at most two digits after the point.</summary>
    public sealed class MoneyFieldType : NumberFieldType
    {
        private static readonly string[] Props = { "min", "max" };
        private static readonly string[] Codes = { "min", "max", "scale", "format" };
        /// <inheritdoc />
        public override string Name => "money";
        /// <inheritdoc />
        public override FieldKind Kind => FieldKind.Money;
        /// <inheritdoc />
        public override IReadOnlyList<string> Properties => Props;
        /// <inheritdoc />
        public override IReadOnlyList<string> Checks => Codes;

        internal override void Read(ObjectReader reader, FieldDraft draft, BindingContext context)
        {
            base.Read(reader, draft, context);
            draft.Model = draft.Model with { Scale = 2 };
        }

        /// <inheritdoc />
        public override void Check(object value, FieldModel field, CheckContext checks)
        {
            base.Check(value, field, checks);
            if (Scale((decimal)value) > 2) checks.Fail("scale", 2);
        }
    }
}
