using System.Collections.Generic;
using FormFactory.Definitions.FieldTypes;
using FormFactory.Definitions.Model;
using NJsonSchema;

namespace FormFactory.Rendering.Schema
{
    /// <summary>
    /// Builds <c>submission.schema.json</c> from the bound model: the shape of the submission's data object (types,
    /// codes, nesting, repeated entries, file metadata). Whether a field is required, visible or within its bounds
    /// depends on other answers; that is the validator's job, so the schema only states the shape. Every field may be
    /// empty (absent, null, or "" for a field that is not a text), as the format allows. It uses only keywords that
    /// NJsonSchema checks (no <c>const</c>, no <c>if/then</c>).
    /// </summary>
    public static class SubmissionSchemaBuilder
    {
        /// <summary>The schema of <paramref name="form"/>'s submissions.</summary>
        public static JsonSchema Build(FormModel form)
        {
            var schema = new JsonSchema
            {
                Type = JsonObjectType.Object,
                Title = form.Title.De,
                Description = "Submission data of the service '" + form.Id + "' version " + (form.Version ?? "0.0.0")
                    + ". Shape only: required fields, conditions and bounds are checked by the validator.",
            };
            AddFields(schema, form.Fields);
            return schema;
        }

        /// <summary>The schema as JSON text with LF line endings.</summary>
        public static string ToJson(FormModel form) => Build(form).ToJson().Replace("\r\n", "\n") + "\n";

        private static void AddFields(JsonSchema target, IEnumerable<FieldModel> fields)
        {
            foreach (var f in fields)
            {
                if (f.Kind == FieldKind.Info) continue;
                var property = new JsonSchemaProperty { Description = f.Label?.De };
                Describe(property, f);
                target.Properties[f.Id] = property;
            }
        }

        private static void Describe(JsonSchema s, FieldModel f)
        {
            switch (f.Kind)
            {
                case FieldKind.Group when f.IsRepeated:
                    s.Type = JsonObjectType.Array | JsonObjectType.Null;
                    var item = new JsonSchema { Type = JsonObjectType.Object };
                    AddFields(item, f.Fields);
                    s.Item = item;
                    break;
                case FieldKind.Group:
                    s.Type = JsonObjectType.Object | JsonObjectType.Null;
                    AddFields(s, f.Fields);
                    break;
                case FieldKind.Integer:
                    EmptyOr(s, JsonObjectType.Integer);
                    break;
                case FieldKind.Decimal:
                case FieldKind.Money:
                    EmptyOr(s, JsonObjectType.Number);
                    break;
                case FieldKind.Boolean:
                    EmptyOr(s, JsonObjectType.Boolean);
                    break;
                case FieldKind.Date:
                    s.Type = JsonObjectType.String | JsonObjectType.Null;
                    s.Pattern = "^([0-9]{4}-[0-9]{2}-[0-9]{2})?$";
                    break;
                case FieldKind.Choice:
                    s.Type = JsonObjectType.String | JsonObjectType.Null;
                    if (f.CodeList != null)
                    {
                        foreach (var v in f.CodeList.Values) s.Enumeration.Add(v.Code);
                        s.Enumeration.Add("");
                        s.Enumeration.Add(null);
                    }
                    break;
                case FieldKind.MultiChoice:
                    s.Type = JsonObjectType.Array | JsonObjectType.Null;
                    var code = new JsonSchema { Type = JsonObjectType.String };
                    if (f.CodeList != null)
                        foreach (var v in f.CodeList.Values) code.Enumeration.Add(v.Code);
                    s.Item = code;
                    break;
                case FieldKind.File:
                    s.Type = JsonObjectType.Object | JsonObjectType.Null;
                    s.Properties["name"] = new JsonSchemaProperty { Type = JsonObjectType.String };
                    s.Properties["mediaType"] = new JsonSchemaProperty { Type = JsonObjectType.String };
                    s.Properties["size"] = new JsonSchemaProperty { Type = JsonObjectType.Integer, Minimum = 0 };
                    s.Properties["sha256"] = new JsonSchemaProperty { Type = JsonObjectType.String, Pattern = "^[0-9a-fA-F]{64}$" };
                    foreach (var name in new[] { "name", "mediaType", "size", "sha256" }) s.RequiredProperties.Add(name);
                    break;
                default:
                    s.Type = JsonObjectType.String | JsonObjectType.Null;
                    break;
            }
        }

        /// <summary>A value of <paramref name="type"/>, null, or the empty string.</summary>
        private static void EmptyOr(JsonSchema s, JsonObjectType type)
        {
            s.Type = type | JsonObjectType.Null | JsonObjectType.String;
            s.MaxLength = 0;
        }
    }
}
