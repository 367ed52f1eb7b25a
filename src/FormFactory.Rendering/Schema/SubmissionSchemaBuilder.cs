using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
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
    /// NJsonSchema checks (no <c>const</c>, no <c>if/then</c>), in draft 4, the draft NJsonSchema writes.
    /// The text is written directly: building NJsonSchema's object model and serialising it took about 1.6 ms a
    /// service, a fifth of a catalog build's time per service; a test holds NJsonSchema to reading back every keyword.
    /// </summary>
    public static class SubmissionSchemaBuilder
    {
        private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        /// <summary>The schema of <paramref name="form"/>'s submissions, as NJsonSchema reads it.</summary>
        public static JsonSchema Build(FormModel form) => JsonSchema.FromJsonAsync(ToJson(form)).GetAwaiter().GetResult();

        /// <summary>The schema as JSON text (two-space indentation, LF line endings, a final line break).</summary>
        public static string ToJson(FormModel form)
        {
            using var stream = new MemoryStream(8 * 1024);
            using (var w = new Utf8JsonWriter(stream, Options))
            {
                w.WriteStartObject();
                w.WriteString("$schema", "http://json-schema.org/draft-04/schema#");
                w.WriteString("title", form.Title.De);
                w.WriteString("type", "object");
                w.WriteString("description", "Submission data of the service '" + form.Id + "' version " + (form.Version ?? "0.0.0")
                    + ". Shape only: required fields, conditions and bounds are checked by the validator.");
                WriteProperties(w, form.Fields);
                w.WriteEndObject();
            }
            stream.WriteByte((byte)'\n');
            return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
        }

        private static void WriteProperties(Utf8JsonWriter w, System.Collections.Generic.IEnumerable<FieldModel> fields)
        {
            w.WriteStartObject("properties");
            foreach (var f in fields)
            {
                if (f.Kind == FieldKind.Info) continue;
                w.WriteStartObject(f.Id);
                WriteField(w, f);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }

        /// <summary>The keywords of one field's value, in the order NJsonSchema writes them (type, description, then the rest).</summary>
        private static void WriteField(Utf8JsonWriter w, FieldModel f)
        {
            switch (f.Kind)
            {
                case FieldKind.Group when f.IsRepeated:
                    Head(w, f, "array", "null");
                    w.WriteStartObject("items");
                    w.WriteString("type", "object");
                    WriteProperties(w, f.Fields);
                    w.WriteEndObject();
                    break;
                case FieldKind.Group:
                    Head(w, f, "null", "object");
                    WriteProperties(w, f.Fields);
                    break;
                case FieldKind.Integer:
                    EmptyOr(w, f, "integer");
                    break;
                case FieldKind.Decimal:
                case FieldKind.Money:
                    EmptyOr(w, f, "number");
                    break;
                case FieldKind.Boolean:
                    EmptyOr(w, f, "boolean");
                    break;
                case FieldKind.Date:
                    Head(w, f, "null", "string");
                    w.WriteString("pattern", "^([0-9]{4}-[0-9]{2}-[0-9]{2})?$");
                    break;
                case FieldKind.Choice:
                    Head(w, f, "null", "string");
                    if (f.CodeList != null)
                    {
                        w.WriteStartArray("enum");
                        foreach (var v in f.CodeList.Values) w.WriteStringValue(v.Code);
                        w.WriteStringValue("");
                        w.WriteNullValue();
                        w.WriteEndArray();
                    }
                    break;
                case FieldKind.MultiChoice:
                    Head(w, f, "array", "null");
                    w.WriteStartObject("items");
                    w.WriteString("type", "string");
                    if (f.CodeList != null)
                    {
                        w.WriteStartArray("enum");
                        foreach (var v in f.CodeList.Values) w.WriteStringValue(v.Code);
                        w.WriteEndArray();
                    }
                    w.WriteEndObject();
                    break;
                case FieldKind.File:
                    Head(w, f, "null", "object");
                    WriteFileMetadata(w);
                    break;
                default:
                    Head(w, f, "null", "string");
                    break;
            }
        }

        /// <summary>A value of <paramref name="type"/>, null, or the empty string.</summary>
        private static void EmptyOr(Utf8JsonWriter w, FieldModel f, string type)
        {
            // JSON Schema's type names in alphabetical order, as NJsonSchema writes them: "null" sorts between the others.
            if (string.CompareOrdinal(type, "null") < 0) Head(w, f, type, "null", "string");
            else Head(w, f, "null", type, "string");
            w.WriteNumber("maxLength", 0);
        }

        /// <summary>The field's types and its label (German) as the description.</summary>
        private static void Head(Utf8JsonWriter w, FieldModel f, params string[] types)
        {
            w.WriteStartArray("type");
            foreach (var t in types) w.WriteStringValue(t);
            w.WriteEndArray();
            if (f.Label?.De is { } label) w.WriteString("description", label);
        }

        /// <summary>An uploaded file's metadata: the submission carries the file apart and names it here.</summary>
        private static void WriteFileMetadata(Utf8JsonWriter w)
        {
            w.WriteStartArray("required");
            foreach (var name in new[] { "name", "mediaType", "size", "sha256" }) w.WriteStringValue(name);
            w.WriteEndArray();
            w.WriteStartObject("properties");
            w.WriteStartObject("name");
            w.WriteString("type", "string");
            w.WriteEndObject();
            w.WriteStartObject("mediaType");
            w.WriteString("type", "string");
            w.WriteEndObject();
            w.WriteStartObject("size");
            w.WriteString("type", "integer");
            w.WriteNumber("minimum", 0.0m); // "0.0", as NJsonSchema writes its decimal minimum
            w.WriteEndObject();
            w.WriteStartObject("sha256");
            w.WriteString("type", "string");
            w.WriteString("pattern", "^[0-9a-fA-F]{64}$");
            w.WriteEndObject();
            w.WriteEndObject();
        }
    }
}
