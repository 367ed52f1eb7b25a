using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using FormFactory.Fim.Model;

namespace FormFactory.Fim.Mapping
{
    /// <summary>
    /// The field type for an input field's <c>datentyp</c>, with its checks:
    /// text/text_latin → text (textarea when long), date → date, time/datetime → text with a pattern,
    /// bool → boolean, num → decimal, num_int → integer, num_currency → money, file → file, obj → info.
    /// </summary>
    internal static class FieldTypes
    {
        /// <summary>Hours and minutes, 00:00 to 23:59.</summary>
        public const string TimePattern = "([01][0-9]|2[0-3]):[0-5][0-9]";

        /// <summary>A date and time as ISO 8601 writes it, seconds optional, no time zone.</summary>
        public const string DateTimePattern = "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?";

        /// <summary>Sets <c>type</c> and checks on <paramref name="json"/>; returns the type.</summary>
        public static string Input(FimField field, JsonObject json, List<string> lost)
        {
            var c = field.Constraints;
            string datentyp = field.Datentyp.Trim().ToLowerInvariant();
            string type;
            switch (datentyp)
            {
                case "text":
                case "text_latin":
                    type = FieldConstraints.Text(c, "text", json, lost);
                    if (datentyp == "text_latin") lost.Add("text_latin: the character set of DIN SPEC 91379 is not checked");
                    break;
                case "date":
                    type = "date";
                    FieldConstraints.Date(c, json, lost);
                    break;
                case "time":
                case "datetime":
                    type = "text";
                    json["pattern"] = datentyp == "time" ? TimePattern : DateTimePattern;
                    lost.Add(datentyp == "time"
                        ? "datentyp time: imported as a text checked against hh:mm (definitions have no time type)"
                        : "datentyp datetime: imported as a text checked against YYYY-MM-DDThh:mm[:ss] (definitions have no date-time type)");
                    FieldConstraints.NotForType(c, lost, "a time");
                    break;
                case "bool":
                    type = "boolean";
                    FieldConstraints.NotForType(c, lost, "a yes/no field");
                    break;
                case "num":
                case "num_int":
                case "num_currency":
                    type = datentyp == "num" ? "decimal" : datentyp == "num_int" ? "integer" : "money";
                    FieldConstraints.Number(c, type, json, lost);
                    break;
                case "file":
                    type = "file";
                    File(field, json, lost);
                    FieldConstraints.NotForType(c, lost, "a file");
                    break;
                case "obj":
                    type = "info";
                    json["text"] = field.InputHelp ?? field.Label;
                    lost.Add("datentyp obj (a static object such as an image): its content is not imported; the field is shown as a text");
                    break;
                default:
                    type = FieldConstraints.Text(c, "text", json, lost);
                    lost.Add($"datentyp '{field.Datentyp}' is unknown; read as text");
                    break;
            }
            json["type"] = type;
            return type;
        }

        private static void File(FimField field, JsonObject json, List<string> lost)
        {
            var accept = new List<string>();
            foreach (var m in field.MediaTypes)
            {
                string mediaType = m.Trim().ToLowerInvariant();
                int slash = mediaType.IndexOf('/');
                if (slash > 0 && slash < mediaType.Length - 1 && mediaType.IndexOf(' ') < 0) { if (!accept.Contains(mediaType)) accept.Add(mediaType); }
                else lost.Add($"mediaType '{m}' is no media type; left out");
            }
            if (accept.Count > 0) json["accept"] = new JsonArray(accept.Select(a => (JsonNode)a).ToArray());
            if (field.MaxSize is long size)
            {
                if (size > 0) json["maxSizeKb"] = size;
                else lost.Add($"maxSize {size} would allow no file; left out");
            }
        }
    }
}
