using FormFactory.Synthetic.Json;

namespace FormFactory.Synthetic.Parts
{
    /// <summary>Writes single fields of each type, with bilingual labels.</summary>
    internal static class Fields
    {
        private static void Start(JsonOut o, string id, string type, string de, string en)
        {
            o.W.WriteStartObject();
            o.W.WriteString("id", id);
            o.W.WriteString("type", type);
            o.Text("label", de, en);
        }

        private static void Conditions(JsonOut o, bool required, string? visibleWhen, string? requiredWhen)
        {
            if (requiredWhen == null) o.W.WriteBoolean("required", required);
            if (visibleWhen != null) o.W.WriteString("visibleWhen", visibleWhen);
            if (requiredWhen != null) o.W.WriteString("requiredWhen", requiredWhen);
        }

        public static void Text(JsonOut o, string id, string de, string en, bool required, int maxLength, string? pattern = null, string? autocomplete = null,
            string? visibleWhen = null, string? requiredWhen = null, string? hintDe = null, string? hintEn = null, int? minLength = null)
        {
            Start(o, id, "text", de, en);
            if (hintDe != null) o.Text("hint", hintDe, hintEn);
            Conditions(o, required, visibleWhen, requiredWhen);
            if (minLength is { } min) o.W.WriteNumber("minLength", min);
            o.W.WriteNumber("maxLength", maxLength);
            if (pattern != null) o.W.WriteString("pattern", pattern);
            if (autocomplete != null) o.W.WriteString("autocomplete", autocomplete);
            o.W.WriteEndObject();
        }

        public static void TextArea(JsonOut o, string id, string de, string en, bool required, int minLength, int maxLength, string? visibleWhen = null, string? requiredWhen = null)
        {
            Start(o, id, "textarea", de, en);
            Conditions(o, required, visibleWhen, requiredWhen);
            if (minLength > 0) o.W.WriteNumber("minLength", minLength);
            o.W.WriteNumber("maxLength", maxLength);
            o.W.WriteEndObject();
        }

        /// <summary>A field whose type needs no settings: email, phone, postcode, iban.</summary>
        public static void Simple(JsonOut o, string id, string type, string de, string en, bool required, string? visibleWhen = null, string? requiredWhen = null)
        {
            Start(o, id, type, de, en);
            Conditions(o, required, visibleWhen, requiredWhen);
            o.W.WriteEndObject();
        }

        public static void Integer(JsonOut o, string id, string de, string en, bool required, long min, long max, long? defaultValue = null)
        {
            Start(o, id, "integer", de, en);
            Conditions(o, required, null, null);
            o.W.WriteNumber("min", min);
            o.W.WriteNumber("max", max);
            if (defaultValue is { } d) o.W.WriteNumber("default", d);
            o.W.WriteEndObject();
        }

        public static void Decimal(JsonOut o, string id, string de, string en, bool required, int scale, decimal min, decimal max)
        {
            Start(o, id, "decimal", de, en);
            Conditions(o, required, null, null);
            o.W.WriteNumber("min", min);
            o.W.WriteNumber("max", max);
            o.W.WriteNumber("scale", scale);
            o.W.WriteEndObject();
        }

        public static void Money(JsonOut o, string id, string de, string en, bool required, decimal min, decimal max)
        {
            Start(o, id, "money", de, en);
            Conditions(o, required, null, null);
            o.W.WriteNumber("min", min);
            o.W.WriteNumber("max", max);
            o.W.WriteEndObject();
        }

        public static void Date(JsonOut o, string id, string de, string en, bool required, string? min, string? max)
        {
            Start(o, id, "date", de, en);
            Conditions(o, required, null, null);
            if (min != null) o.W.WriteString("min", min);
            if (max != null) o.W.WriteString("max", max);
            o.W.WriteEndObject();
        }

        public static void Boolean(JsonOut o, string id, string de, string en, bool required, bool checkbox)
        {
            Start(o, id, "boolean", de, en);
            o.W.WriteString("as", checkbox ? "checkbox" : "radios");
            Conditions(o, required, null, null);
            o.W.WriteEndObject();
        }

        public static void Choice(JsonOut o, string id, string de, string en, string codeList, bool required, bool select = false)
        {
            Start(o, id, "choice", de, en);
            o.W.WriteString("codeList", codeList);
            o.W.WriteString("as", select ? "select" : "radios");
            Conditions(o, required, null, null);
            o.W.WriteEndObject();
        }

        public static void MultiChoice(JsonOut o, string id, string de, string en, string codeList, int maxItems)
        {
            Start(o, id, "multiChoice", de, en);
            o.W.WriteString("codeList", codeList);
            o.W.WriteBoolean("required", false);
            o.W.WriteNumber("maxItems", maxItems);
            o.W.WriteEndObject();
        }

        public static void File(JsonOut o, string id, string de, string en, bool required, string? visibleWhen = null)
        {
            Start(o, id, "file", de, en);
            o.Text("hint", "Eine PDF-Datei oder ein Foto, höchstens 10 MB", "A PDF file or a photo, up to 10 MB");
            Conditions(o, required, visibleWhen, null);
            o.Strings("accept", "application/pdf", "image/jpeg", "image/png");
            o.W.WriteNumber("maxSizeKb", 10240);
            o.W.WriteEndObject();
        }

        public static void Info(JsonOut o, string id, string de, string en)
        {
            o.W.WriteStartObject();
            o.W.WriteString("id", id);
            o.W.WriteString("type", "info");
            o.Text("text", de, en);
            o.W.WriteEndObject();
        }

        /// <summary>A block inclusion.</summary>
        public static void Include(JsonOut o, string id, string block, string de, string en, bool? required = null, string? visibleWhen = null)
        {
            o.W.WriteStartObject();
            o.W.WriteString("id", id);
            o.W.WriteString("block", block);
            o.Text("label", de, en);
            if (required is { } r) o.W.WriteBoolean("required", r);
            if (visibleWhen != null) o.W.WriteString("visibleWhen", visibleWhen);
            o.W.WriteEndObject();
        }
    }
}
