using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using FormFactory.Definitions.Diagnostics;

namespace FormFactory.Cli.Output
{
    /// <summary>Diagnostics as a JSON array, for scripts.</summary>
    internal static class JsonDiagnosticsWriter
    {
        /// <summary>Writes <paramref name="diagnostics"/> with their messages in <paramref name="language"/>.</summary>
        public static void Write(IReadOnlyList<Diagnostic> diagnostics, string language, TextWriter output)
        {
            using var stream = new MemoryStream();
            // Readable umlauts and quotes: this JSON goes to files and consoles, never into HTML.
            var options = new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            using (var json = new Utf8JsonWriter(stream, options))
            {
                json.WriteStartArray();
                foreach (var d in diagnostics)
                {
                    json.WriteStartObject();
                    json.WriteString("id", d.Id);
                    json.WriteString("severity", d.IsError ? "error" : "warning");
                    json.WriteString("file", d.Location.Path);
                    json.WriteNumber("line", d.Location.Line);
                    json.WriteNumber("column", d.Location.Column);
                    json.WriteNumber("endLine", d.Location.EndLine);
                    json.WriteNumber("endColumn", d.Location.EndColumn);
                    json.WriteString("message", DiagnosticMessages.Text(d, language));
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }
    }
}
