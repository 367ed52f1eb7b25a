using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Validation;
using FormFactory.FitConnect.Attachments;
using FormFactory.FitConnect.Metadata;
using FormFactory.FitConnect.Xml;

namespace FormFactory.FitConnect
{
    /// <summary>
    /// Prepares a submission for FIT-Connect: only a submission the reference validator accepts is exported; the data
    /// is what the validator keeps (visible, normalised values), its hash and that of every attachment go into the
    /// metadata document, and the service is named by its LeiKa key. Encryption and sending are the sender's part.
    /// </summary>
    public static class FitConnectExporter
    {
        private static readonly Regex MimeType = new(@"^[-\w.]+/[-\w.+]+$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        /// <summary>Exports <paramref name="submissionJson"/> for <paramref name="form"/>; <paramref name="blocks"/> name included blocks' FIM ids.</summary>
        public static FitConnectExport Export(FormModel form, IReadOnlyDictionary<string, BlockModel> blocks, string submissionJson,
            IAttachmentSource attachments, FitConnectOptions? options = null)
        {
            options ??= new FitConnectOptions();
            string format = options.DataFormat == "xml" ? "xml" : "json";
            if (form.Leika == null)
                return Failed(format, $"The service '{form.Id}' has no LeiKa key ('leika'); FIT-Connect names the service by it: add it to the definition.");
            var validation = new ReferenceValidator(form, options.Today).Validate(submissionJson);
            if (!validation.IsValid)
                return Failed(format, validation.Errors.Select(e => "The submission is not valid: " + e).ToArray()) with { SubmissionNotValid = true };

            byte[] json = Encoding.UTF8.GetBytes(validation.KeptJson);
            string jsonSha512 = Hex.Sha512(json);
            using var kept = JsonDocument.Parse(validation.KeptJson);
            var errors = new List<string>();
            var exported = new List<ExportedAttachment>();
            foreach (var file in SubmittedFiles.In(form, kept.RootElement))
            {
                using var content = attachments.Open(file.Sha256);
                if (content == null)
                {
                    errors.Add($"The file of '{file.Path}' ({file.Name}, SHA-256 {file.Sha256}) is not among the attachments given.");
                    continue;
                }
                string sha512 = Hex.Sha512(content, out long size);
                if (size != file.Size) errors.Add($"The file of '{file.Path}' ({file.Name}) has {size} bytes, but the submission says {file.Size}.");
                exported.Add(new ExportedAttachment(AttachmentIds.For(jsonSha512, file.Path), file, sha512, MediaTypeOf(file.MediaType)));
            }
            if (errors.Count > 0) return Failed(format, errors.ToArray());

            var ids = exported.ToDictionary(a => a.File.Path, a => a.AttachmentId, StringComparer.Ordinal);
            byte[] xml;
            try
            {
                xml = SubmissionXml.Write(form, kept.RootElement, blocks, ids);
            }
            catch (ArgumentException e)
            {
                // The validator refuses every character XML cannot hold in submitted text (TextCharacters); what is left
                // is the definition's own text, such as a code with a control character: an export failure, not a crash.
                return Failed(format, "The data cannot be written as XML: " + e.Message);
            }
            string schemaUri = options.SchemaUri ?? SubmissionXml.Namespace(form);
            string metadata = MetadataDocument.Write(form, Hex.Sha512(format == "xml" ? xml : json), schemaUri,
                format == "xml" ? "application/xml" : "application/json", exported, options.SenderReference, options.ApplicationDate);
            return new FitConnectExport(Array.Empty<string>(), metadata, json, xml, format, exported);
        }

        /// <summary>The media type without parameters, in the form the metadata schema allows (else application/octet-stream).</summary>
        private static string MediaTypeOf(string mediaType)
        {
            string bare = mediaType.Split(';')[0].Trim().ToLowerInvariant();
            return MimeType.IsMatch(bare) ? bare : "application/octet-stream";
        }

        private static FitConnectExport Failed(string format, params string[] errors) =>
            new FitConnectExport(errors, null, null, null, format, Array.Empty<ExportedAttachment>());
    }
}
