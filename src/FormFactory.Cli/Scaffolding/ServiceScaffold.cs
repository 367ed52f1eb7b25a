using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FormFactory.Cli.Scaffolding
{
    /// <summary>
    /// The text of a new service definition: <c>$schema</c>, id, title, factory metadata (status <c>in-planung</c>
    /// since the given day) and one step with one field, so it validates as it is and a designer extends it from there.
    /// </summary>
    internal static class ServiceScaffold
    {
        private static readonly Regex IdPattern = new("^[a-z][a-zA-Z0-9]*$", RegexOptions.CultureInvariant);

        /// <summary>True when <paramref name="id"/> is a valid service id (camelCase, as the format requires).</summary>
        public static bool IsValidId(string id) => IdPattern.IsMatch(id);

        /// <summary>A readable German title from a camelCase id: <c>hundAnmelden</c> gives "Hund anmelden".</summary>
        public static string TitleFromId(string id)
        {
            var sb = new StringBuilder();
            foreach (var c in id)
            {
                if (char.IsUpper(c) && sb.Length > 0) sb.Append(' ').Append(char.ToLowerInvariant(c));
                else sb.Append(c);
            }
            if (sb.Length > 0) sb[0] = char.ToUpperInvariant(sb[0]);
            return sb.ToString();
        }

        /// <summary>How a placeholder translation starts, so a designer (and a search) finds what is left to translate.</summary>
        public static string PlaceholderMark(string language) => $"TODO({language}): ";

        /// <summary>
        /// The definition's JSON, indented with two spaces, LF line endings, non-ASCII letters as they are. Every text
        /// has each of <paramref name="languages"/> (German always): the step and field texts are translated, the title
        /// gets a placeholder translation marked with <see cref="PlaceholderMark"/>.
        /// </summary>
        public static string Json(string id, string title, DateOnly since, IReadOnlyList<string> languages)
        {
            using var stream = new MemoryStream();
            var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            using (var w = new Utf8JsonWriter(stream, options))
            {
                w.WriteStartObject();
                w.WriteString("$schema", "../schema/form.schema.json");
                w.WriteString("id", id);
                w.WriteString("version", "0.1.0");
                w.WriteStartObject("title");
                w.WriteString("de", title);
                foreach (var l in languages)
                    if (l != "de") w.WriteString(l, PlaceholderMark(l) + title);
                w.WriteEndObject();
                w.WriteStartObject("factory");
                w.WriteString("status", "in-planung");
                w.WriteString("priority", "normal");
                w.WriteStartArray("history");
                w.WriteStartObject();
                w.WriteString("status", "in-planung");
                w.WriteString("on", since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteStartArray("steps");
                w.WriteStartObject();
                w.WriteString("id", "angaben");
                w.WriteStartObject("title");
                Texts(w, languages, "Ihre Angaben", "Your details");
                w.WriteEndObject();
                w.WriteStartArray("fields");
                w.WriteStartObject();
                w.WriteString("id", "anliegen");
                w.WriteString("type", "textarea");
                w.WriteStartObject("label");
                Texts(w, languages, "Ihr Anliegen", "Your request");
                w.WriteEndObject();
                w.WriteBoolean("required", true);
                w.WriteNumber("maxLength", 2000);
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            }
            return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
        }

        /// <summary>A fixed text of the scaffold in each language: its translation, or a marked placeholder.</summary>
        private static void Texts(Utf8JsonWriter w, IReadOnlyList<string> languages, string german, string english)
        {
            w.WriteString("de", german);
            foreach (var l in languages)
                if (l != "de") w.WriteString(l, l == "en" ? english : PlaceholderMark(l) + german);
        }
    }
}
