using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FormFactory.Definitions.Diagnostics;

namespace FormFactory.Cli.Output
{
    /// <summary>SARIF 2.1.0, which build servers (GitHub code scanning, Azure DevOps, GitLab) show inline.</summary>
    internal static class SarifWriter
    {
        public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

        /// <summary>
        /// Writes a SARIF log of <paramref name="diagnostics"/> with their messages in <paramref name="language"/>; each rule's
        /// helpUri is its section under <paramref name="helpBase"/> (default <see cref="DiagnosticHelp.DefaultBaseUri"/>).
        /// </summary>
        public static void Write(IReadOnlyList<Diagnostic> diagnostics, string language, TextWriter output, string? helpBase = null)
        {
            string help = helpBase ?? DiagnosticHelp.DefaultBaseUri;
            using var stream = new MemoryStream();
            // Readable umlauts and quotes: this JSON goes to files and consoles, never into HTML.
            var options = new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            using (var json = new Utf8JsonWriter(stream, options))
            {
                json.WriteStartObject();
                json.WriteString("$schema", SchemaUri);
                json.WriteString("version", "2.1.0");
                json.WriteStartArray("runs");
                json.WriteStartObject();
                json.WriteStartObject("tool");
                json.WriteStartObject("driver");
                json.WriteString("name", "FormFactory");
                json.WriteString("informationUri", help);
                json.WriteStartArray("rules");
                var descriptors = DiagnosticDescriptors.All;
                foreach (var r in descriptors)
                {
                    json.WriteStartObject();
                    json.WriteString("id", r.Id);
                    json.WriteString("name", string.Concat(r.Title.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..])));
                    json.WriteStartObject("shortDescription");
                    json.WriteString("text", r.Title);
                    json.WriteEndObject();
                    json.WriteString("helpUri", DiagnosticHelp.Uri(r, help));
                    json.WriteStartObject("defaultConfiguration");
                    json.WriteString("level", r.Severity == DiagnosticSeverity.Error ? "error" : "warning");
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteStartArray("results");
                foreach (var d in diagnostics)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", d.Id);
                    json.WriteNumber("ruleIndex", System.Array.FindIndex(descriptors, r => r.Id == d.Id));
                    json.WriteString("level", d.IsError ? "error" : "warning");
                    json.WriteStartObject("message");
                    json.WriteString("text", DiagnosticMessages.Text(d, language));
                    json.WriteEndObject();
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    json.WriteStartObject("physicalLocation");
                    json.WriteStartObject("artifactLocation");
                    json.WriteString("uri", ToUri(d.Location.Path));
                    json.WriteEndObject();
                    json.WriteStartObject("region");
                    json.WriteNumber("startLine", d.Location.Line);
                    json.WriteNumber("startColumn", d.Location.Column);
                    json.WriteNumber("endLine", d.Location.EndLine);
                    json.WriteNumber("endColumn", d.Location.EndColumn);
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                // Columns count UTF-16 code units, as editors and the C# compiler do (see SourceLocation).
                json.WriteString("columnKind", "utf16CodeUnits");
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }
            output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }

        /// <summary>
        /// SARIF locations are URI references: a relative path stays relative (code scanning resolves it against the
        /// checkout) with each segment escaped; an absolute path becomes a <c>file:</c> URI.
        /// </summary>
        public static string ToUri(string path)
        {
            if (Path.IsPathRooted(path) && System.Uri.TryCreate(Path.GetFullPath(path), System.UriKind.Absolute, out var absolute)) return absolute.AbsoluteUri;
            return string.Join("/", path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
        }
    }
}
