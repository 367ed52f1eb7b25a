using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using FormFactory.Cli.Output;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Files;
using FormFactory.FitConnect;
using FormFactory.FitConnect.Attachments;
using FormFactory.Runtime;
using FormFactory.Workspace;

namespace FormFactory.Cli.Commands
{
    /// <summary>
    /// <c>formfactory export fitconnect --service ID --submission FILE [PATH] --out DIR [--attachments DIR] [--data json|xml]
    /// [--schema-uri URI] [--reference TEXT] [--application-date DATE] [--as-of DATE]</c>.
    /// </summary>
    internal static class ExportFitConnectCommand
    {
        /// <summary>Submissions larger than this are refused (their attachments are separate files).</summary>
        private const long MaxSubmissionBytes = 8 * 1024 * 1024;

        /// <summary>UTF-8 that refuses bytes it cannot read instead of replacing them with U+FFFD.</summary>
        private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        private static readonly byte[] Utf8Bom = { 0xEF, 0xBB, 0xBF };

        public static Command Create(TextWriter stdout, TextWriter stderr)
        {
            var path = new Argument<string>("path") { Description = "The definitions folder.", DefaultValueFactory = _ => "definitions" };
            var service = new Option<string>("--service") { Description = "The service the submission is for.", Required = true };
            var submission = new Option<string>("--submission") { Description = "The submission's JSON file.", Required = true };
            var output = new Option<string>("--out") { Description = "The folder to write metadata.json, data.json, data.xml and attachments/ into.", Required = true };
            var attachments = new Option<string?>("--attachments") { Description = "The folder holding the uploaded files, found by their SHA-256 (default: the submission's folder)." };
            var data = new Option<string>("--data") { Description = "What the metadata describes as the data: json (default) or xml (the rendering named after FIM ids).", DefaultValueFactory = _ => "json" };
            data.AcceptOnlyFromAmong("json", "xml");
            var schemaUri = new Option<string?>("--schema-uri") { Description = "The submission schema's URI (default: urn:formfactory:submission:<service>:<version>)." };
            var reference = new Option<string?>("--reference") { Description = "The sender's reference for the case (additionalReferenceInfo.senderReference)." };
            var applicationDate = new Option<string?>("--application-date") { Description = "The application date, YYYY-MM-DD (additionalReferenceInfo.applicationDate)." };
            var asOf = new Option<string?>("--as-of") { Description = "The day the submission is validated for, YYYY-MM-DD (default: today in Europe/Berlin)." };
            var command = new Command("fitconnect", "Exports a valid submission for FIT-Connect: metadata (schema 1.0.0), data, XML rendering, attachments.")
            {
                path, service, submission, output, attachments, data, schemaUri, reference, applicationDate, asOf,
            };
            command.SetAction(parse => Run(new Arguments(parse.GetValue(path)!, parse.GetValue(service)!, parse.GetValue(submission)!, parse.GetValue(output)!,
                parse.GetValue(attachments), parse.GetValue(data)!, parse.GetValue(schemaUri), parse.GetValue(reference), parse.GetValue(applicationDate),
                parse.GetValue(asOf)), stdout, stderr));
            return command;
        }

        private sealed record Arguments(string Path, string Service, string Submission, string Out, string? Attachments, string Data,
            string? SchemaUri, string? Reference, string? ApplicationDate, string? AsOf);

        private static int Run(Arguments a, TextWriter stdout, TextWriter stderr)
        {
            DateTime? asOf = null;
            if (a.AsOf != null)
            {
                if (!DateLiterals.TryParse(a.AsOf, out var d)) return Usage(stderr, $"--as-of '{a.AsOf}' is not a valid date of the form YYYY-MM-DD.");
                asOf = d;
            }
            if (a.ApplicationDate != null && !DateLiterals.TryParse(a.ApplicationDate, out _))
                return Usage(stderr, $"--application-date '{a.ApplicationDate}' is not a valid date of the form YYYY-MM-DD.");
            if (a.SchemaUri != null && !Uri.TryCreate(a.SchemaUri, UriKind.Absolute, out _))
                return Usage(stderr, $"--schema-uri '{a.SchemaUri}' is not an absolute URI.");

            CatalogResult catalog;
            string json;
            try
            {
                catalog = CatalogLoader.Load(a.Path);
                if (!File.Exists(a.Submission)) return Usage(stderr, $"No submission file '{a.Submission}'.");
                byte[] bytes;
                try
                {
                    bytes = SafeFiles.Anywhere.ReadAllBytes(a.Submission, MaxSubmissionBytes);
                }
                catch (UnsafeFileException e)
                {
                    return Usage(stderr, e.Reason == UnsafeFileReason.TooLarge ? $"The submission '{a.Submission}' is larger than 8 MB." : e.WithPath(a.Submission).Message);
                }
                int start = bytes.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
                json = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            }
            catch (DecoderFallbackException e)
            {
                // Not replaced silently: a submission is exported byte for byte as the citizen's text, or not at all.
                stderr.WriteEscapedLine($"formfactory: The submission is not valid: '{a.Submission}' is not UTF-8 text (byte {e.Index} cannot be read).");
                return Program.ExitCodes.DefinitionErrors;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Usage(stderr, e.Message);
            }
            var form = catalog.Catalog.Form(a.Service);
            if (form == null)
            {
                if (catalog.HasErrors)
                {
                    foreach (var d in catalog.Diagnostics.Where(d => d.IsError)) stderr.WriteEscapedLine(d.ToString(Output.MessageLanguage.Default));
                    return Program.ExitCodes.DefinitionErrors;
                }
                var known = string.Join(", ", catalog.Catalog.Forms.Select(f => f.Id));
                return Usage(stderr, $"Unknown service '{a.Service}'. Known services: {(known.Length == 0 ? "none" : known)}.");
            }

            string attachmentFolder = a.Attachments ?? Path.GetDirectoryName(Path.GetFullPath(a.Submission))!;
            var source = new AttachmentFolder(attachmentFolder);
            var export = FitConnectExporter.Export(form, catalog.Catalog.Blocks.ToDictionary(b => b.Id, b => b), json, source, new FitConnectOptions
            {
                DataFormat = a.Data,
                SchemaUri = a.SchemaUri,
                SenderReference = a.Reference,
                ApplicationDate = a.ApplicationDate,
                Today = asOf == null ? null : () => asOf.Value,
            });
            if (!export.Succeeded)
            {
                foreach (var error in export.Errors) stderr.WriteEscapedLine("formfactory: " + error);
                return export.SubmissionNotValid ? Program.ExitCodes.DefinitionErrors : Program.ExitCodes.ExportFailed;
            }
            try
            {
                Write(a.Out, export, source, stdout);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Usage(stderr, e.Message);
            }
            return Program.ExitCodes.Success;
        }

        private static void Write(string output, FitConnectExport export, AttachmentFolder source, TextWriter stdout)
        {
            Directory.CreateDirectory(output);
            File.WriteAllText(Path.Combine(output, "metadata.json"), export.MetadataJson!, new UTF8Encoding(false));
            File.WriteAllBytes(Path.Combine(output, "data.json"), export.JsonData!);
            File.WriteAllBytes(Path.Combine(output, "data.xml"), export.XmlData!);
            if (export.Attachments.Count > 0) Directory.CreateDirectory(Path.Combine(output, "attachments"));
            foreach (var attachment in export.Attachments)
            {
                File.Copy(source.PathOf(attachment.File.Sha256)!, Path.Combine(output, "attachments", attachment.AttachmentId + attachment.FileExtension), overwrite: true);
            }
            string dir = output.Replace('\\', '/').TrimEnd('/');
            stdout.WriteEscapedLine($"Wrote {dir}/metadata.json (data: data.{export.DataFormat}), {dir}/data.json, {dir}/data.xml and {export.Attachments.Count} attachment(s).");
            stdout.WriteEscapedLine("Encrypt and send them with a FIT-Connect sender; the attachment ids are stable for this submission.");
        }

        private static int Usage(TextWriter stderr, string message)
        {
            stderr.WriteEscapedLine("formfactory: " + message);
            return Program.ExitCodes.UsageOrIo;
        }
    }
}
