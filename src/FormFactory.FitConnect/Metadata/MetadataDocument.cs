using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FormFactory.Definitions.Model;

namespace FormFactory.FitConnect.Metadata
{
    /// <summary>
    /// Writes the FIT-Connect metadata document, schema 1.0.0
    /// (<c>https://schema.fitko.de/fit-connect/metadata/1.0.0/metadata.schema.json</c>): the data's hash and schema,
    /// the attachments, and the public service by its LeiKa key.
    /// </summary>
    public static class MetadataDocument
    {
        /// <summary>The metadata schema this document follows.</summary>
        public const string SchemaUri = "https://schema.fitko.de/fit-connect/metadata/1.0.0/metadata.schema.json";

        /// <summary>The prefix FIT-Connect puts before a LeiKa key to name a public service.</summary>
        public const string LeikaUrnPrefix = "urn:de:fim:leika:leistung:";

        /// <summary>The document's text: indented with two spaces, <c>\n</c> line ends, properties in a fixed order.</summary>
        public static string Write(FormModel form, string dataSha512, string schemaUri, string dataMimeType, IReadOnlyList<ExportedAttachment> attachments,
            string? senderReference = null, string? applicationDate = null)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                w.WriteStartObject();
                w.WriteString("$schema", SchemaUri);
                w.WriteStartObject("contentStructure");
                w.WriteStartObject("data");
                Hash(w, dataSha512);
                w.WriteStartObject("submissionSchema");
                w.WriteString("schemaUri", schemaUri);
                w.WriteString("mimeType", dataMimeType);
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteStartArray("attachments");
                foreach (var a in attachments)
                {
                    w.WriteStartObject();
                    w.WriteString("attachmentId", a.AttachmentId);
                    Hash(w, a.Sha512);
                    w.WriteString("purpose", "attachment");
                    w.WriteString("filename", a.File.Name);
                    if (a.File.Label != null) w.WriteString("description", a.File.Label);
                    w.WriteString("mimeType", a.MediaType);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteStartObject("publicServiceType");
                w.WriteString("name", form.Title.De);
                if (form.Summary != null) w.WriteString("description", form.Summary.De);
                w.WriteString("identifier", LeikaUrnPrefix + form.Leika);
                w.WriteEndObject();
                if (senderReference != null || applicationDate != null)
                {
                    w.WriteStartObject("additionalReferenceInfo");
                    if (senderReference != null) w.WriteString("senderReference", senderReference);
                    if (applicationDate != null) w.WriteString("applicationDate", applicationDate);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
        }

        private static void Hash(Utf8JsonWriter w, string sha512)
        {
            w.WriteStartObject("hash");
            w.WriteString("type", "sha512");
            w.WriteString("content", sha512);
            w.WriteEndObject();
        }
    }
}
