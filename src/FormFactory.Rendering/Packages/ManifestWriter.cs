using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using FormFactory.Definitions.Model;

namespace FormFactory.Rendering.Packages
{
    /// <summary>A file as the manifest lists it.</summary>
    /// <param name="Path">Its path in the package.</param>
    /// <param name="Size">Its size in bytes.</param>
    /// <param name="Sha256">Its SHA-256, lower-case hexadecimal.</param>
    public sealed record ManifestEntry(string Path, long Size, string Sha256);

    /// <summary>
    /// Writes <c>manifest.json</c>: which service, version and tenant a package is for, and every other file of the
    /// package with its size and SHA-256, so a web server operator can check what they publish.
    /// </summary>
    public static class ManifestWriter
    {
        /// <summary>The manifest's file name.</summary>
        public const string FileName = "manifest.json";

        /// <summary>The manifest for <paramref name="files"/> (which must not include the manifest itself).</summary>
        public static PackageFile Write(FormModel form, TenantModel tenant, IReadOnlyList<string> languages, string shape, IEnumerable<PackageFile> files) =>
            Write(form, tenant, languages, shape, files.Select(f => new ManifestEntry(f.Path, f.Content.Length, f.Sha256())));

        /// <summary>The manifest listing <paramref name="files"/> (path, size, SHA-256; the manifest itself not among them).</summary>
        public static PackageFile Write(FormModel form, TenantModel tenant, IReadOnlyList<string> languages, string shape, IEnumerable<ManifestEntry> files)
        {
            using var stream = new MemoryStream();
            var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            using (var w = new Utf8JsonWriter(stream, options))
            {
                w.WriteStartObject();
                w.WriteNumber("formfactoryManifest", 1);
                w.WriteString("service", form.Id);
                w.WriteString("version", form.Version ?? "0.0.0");
                w.WriteString("title", form.Title.De);
                w.WriteString("tenant", tenant.Id);
                w.WriteString("tenantName", tenant.Name);
                if (tenant.Ars != null) w.WriteString("ars", tenant.Ars);
                if (form.Leika != null) w.WriteString("leika", form.Leika); else w.WriteNull("leika");
                if (form.Ozg?.Themenfeld != null) w.WriteString("themenfeld", form.Ozg.Themenfeld);
                w.WriteStartArray("languages");
                foreach (var l in languages) w.WriteStringValue(l);
                w.WriteEndArray();
                var endpoint = Views.Links.SafeHttpUrl(tenant.SubmissionEndpoint);
                if (endpoint != null) w.WriteString("submissionEndpoint", endpoint); else w.WriteNull("submissionEndpoint");
                w.WriteString("submissionShape", shape);
                w.WriteString("stylesheet", "FormFactory's own stylesheet for the KERN UX class vocabulary (no KERN UX files bundled)");
                w.WriteStartArray("files");
                foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
                {
                    w.WriteStartObject();
                    w.WriteString("path", file.Path);
                    w.WriteNumber("size", file.Size);
                    w.WriteString("sha256", file.Sha256);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            stream.WriteByte((byte)'\n');
            return new PackageFile(FileName, stream.ToArray());
        }
    }
}
