using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FormFactory.Definitions.Model;

namespace FormFactory.Intake.Receiving
{
    /// <summary>
    /// What the packages never send, refused before validation as malformed (400): properties the form has no field
    /// for (the validator would drop them silently, so 10,000 of them cost only the post's size, but no page sends
    /// any). Characters in text are the core's to judge (Runtime.TextCharacters: a NUL is a <c>format</c> error, 422).
    /// </summary>
    public static class DataShape
    {
        private static readonly HashSet<string> FileProperties = new() { "name", "mediaType", "size", "sha256" };

        /// <summary>Why <paramref name="data"/> is not something a package of <paramref name="form"/> sends; null when it may be.</summary>
        public static string? Problem(FormModel form, JsonElement data) => Group(form.Fields.ToList(), data);

        private static string? Group(IReadOnlyList<FieldModel> fields, JsonElement group)
        {
            if (group.ValueKind != JsonValueKind.Object) return null; // the validator reports wrong types
            foreach (var property in group.EnumerateObject())
            {
                var field = fields.FirstOrDefault(f => f.Id == property.Name);
                if (field == null) return "the data has a property the form has no field for";
                if (Value(field, property.Value) is { } problem) return problem;
            }
            return null;
        }

        private static string? Value(FieldModel field, JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    return null;
                case JsonValueKind.Array:
                    foreach (var item in value.EnumerateArray())
                        if ((field.Kind == FieldKind.Group ? Group(field.Fields.ToList(), item) : Value(field, item)) is { } problem) return problem;
                    return null;
                case JsonValueKind.Object when field.Kind == FieldKind.Group:
                    return Group(field.Fields.ToList(), value);
                case JsonValueKind.Object when field.Kind == FieldKind.File:
                    foreach (var p in value.EnumerateObject())
                        if (!FileProperties.Contains(p.Name)) return "a file value has a property other than name, mediaType, size and sha256";
                    return null;
                default:
                    return null;
            }
        }
    }
}
