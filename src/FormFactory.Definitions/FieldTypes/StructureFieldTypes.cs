using System.Collections.Generic;
using System.Text.Json;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;

namespace FormFactory.Definitions.FieldTypes
{
    /// <summary><c>group</c>: nested fields, optionally repeated. The binder and validator walk its fields.</summary>
    public sealed class GroupFieldType : FieldType
    {
        private static readonly string[] Props = { "fields", "repeat", "itemLabel" };
        private static readonly string[] Codes = { "repeatMin", "repeatMax", "format" };
        /// <inheritdoc />
        public override string Name => "group";
        /// <inheritdoc />
        public override FieldKind Kind => FieldKind.Group;
        /// <inheritdoc />
        public override ExpressionType ValueType => ExpressionType.Group;
        /// <inheritdoc />
        public override IReadOnlyList<string> Properties => Props;
        /// <inheritdoc />
        public override IReadOnlyList<string> Checks => Codes;

        /// <summary>Groups are read field by field by the validator; here only the shape is checked.</summary>
        public override bool TryRead(JsonElement json, FieldModel field, out object? value)
        {
            value = null;
            var expected = field.IsRepeated ? JsonValueKind.Array : JsonValueKind.Object;
            return json.ValueKind == JsonValueKind.Null || json.ValueKind == expected;
        }
    }

    /// <summary><c>info</c>: a text block without a value.</summary>
    public sealed class InfoFieldType : FieldType
    {
        private static readonly string[] Props = { "text" };
        /// <inheritdoc />
        public override string Name => "info";
        /// <inheritdoc />
        public override FieldKind Kind => FieldKind.Info;
        /// <inheritdoc />
        public override ExpressionType ValueType => ExpressionType.Error;
        /// <inheritdoc />
        public override IReadOnlyList<string> Properties => Props;

        /// <inheritdoc />
        public override bool TryRead(JsonElement json, FieldModel field, out object? value)
        {
            value = null;
            return true;
        }
    }
}
