using System;
using System.Collections.Generic;
using System.Text.Json;

namespace FormFactory.Intake.Receiving
{
    /// <summary>Thrown for a body that is not a well-formed submission envelope (answered with 400).</summary>
    public sealed class MalformedSubmissionException : Exception
    {
        /// <summary>Creates one with the reason (no citizen data).</summary>
        public MalformedSubmissionException(string reason) : base(reason) { }
    }

    /// <summary>
    /// Reads the JSON post of the submission contract (section 1). Strict where a lenient reader would let two
    /// readers disagree: duplicate keys, nesting deeper than the validator reads and malformed base64 are refused.
    /// </summary>
    public static class JsonEnvelope
    {
        private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, AllowDuplicateProperties = false };

        /// <summary>The post in <paramref name="body"/>.</summary>
        /// <exception cref="MalformedSubmissionException">The body is no JSON, or not shaped as an envelope.</exception>
        public static IncomingSubmission Read(ReadOnlyMemory<byte> body)
        {
            // System.Text.Json checks UTF-8 only where it reads a string's value: check all of it first.
            if (!System.Text.Unicode.Utf8.IsValid(body.Span)) throw new MalformedSubmissionException("the body is not valid UTF-8");
            JsonDocument document;
            try { document = JsonDocument.Parse(body, Options); }
            catch (JsonException) { throw new MalformedSubmissionException("the body is not well-formed JSON (or has duplicate keys or nests too deep)"); }
            catch (ArgumentException) { throw new MalformedSubmissionException("the body is not valid UTF-8 JSON"); }
            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object) throw new MalformedSubmissionException("the body must be a JSON object");
                if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object) throw new MalformedSubmissionException("'data' must be an object");
                var attachments = new List<IncomingAttachment>();
                if (root.TryGetProperty("attachments", out var list) && list.ValueKind != JsonValueKind.Null)
                {
                    if (list.ValueKind != JsonValueKind.Array) throw new MalformedSubmissionException("'attachments' must be an array");
                    foreach (var a in list.EnumerateArray()) attachments.Add(Attachment(a));
                }
                return new IncomingSubmission(Str(root, "form"), Str(root, "version"), Str(root, "tenant"), Str(root, "language"), data.GetRawText(), attachments, "json");
            }
        }

        private static IncomingAttachment Attachment(JsonElement a)
        {
            if (a.ValueKind != JsonValueKind.Object) throw new MalformedSubmissionException("each attachment must be an object");
            if (!a.TryGetProperty("size", out var size) || !size.TryGetInt64(out long n)) throw new MalformedSubmissionException("an attachment's 'size' must be an integer");
            byte[] content;
            try { content = a.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetBytesFromBase64() : throw new FormatException(); }
            catch (FormatException) { throw new MalformedSubmissionException("an attachment's 'content' must be base64"); }
            return new IncomingAttachment(Str(a, "path") ?? "", Str(a, "name") ?? "", Str(a, "mediaType") ?? "", n, Str(a, "sha256") ?? "", content);
        }

        private static string? Str(JsonElement o, string name)
        {
            if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
            if (v.ValueKind != JsonValueKind.String) throw new MalformedSubmissionException($"'{name}' must be a string");
            return v.GetString();
        }
    }
}
