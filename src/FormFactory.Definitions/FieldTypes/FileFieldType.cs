using System;
using System.Collections.Generic;
using System.Text.Json;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Reading;
using FormFactory.Definitions.Validation;
using FormFactory.Runtime;

namespace FormFactory.Definitions.FieldTypes
{
    /// <summary>An attachment as submitted: metadata only, the bytes travel separately.</summary>
    /// <param name="Name">The file name.</param>
    /// <param name="MediaType">The media type, e.g. <c>application/pdf</c>.</param>
    /// <param name="Size">Size in bytes.</param>
    /// <param name="Sha256">SHA-256 of the content, hexadecimal.</param>
    public sealed record FileValue(string Name, string MediaType, long Size, string Sha256);

    /// <summary><c>file</c>: an upload with accepted media types and a size limit.</summary>
    public sealed class FileFieldType : FieldType
    {
        private static readonly string[] Props = { "accept", "maxSizeKb" };
        private static readonly string[] Codes = { "accept", "maxSize", "format" };
        /// <inheritdoc />
        public override string Name => "file";
        /// <inheritdoc />
        public override FieldKind Kind => FieldKind.File;
        /// <inheritdoc />
        public override ExpressionType ValueType => ExpressionType.File;
        /// <inheritdoc />
        public override string? ModelType => "global::FormFactory.Runtime.Attachment";
        /// <inheritdoc />
        public override IReadOnlyList<string> Properties => Props;
        /// <inheritdoc />
        public override IReadOnlyList<string> Checks => Codes;

        internal override void Read(ObjectReader reader, FieldDraft draft, BindingContext context)
        {
            var accept = new List<string>();
            foreach (var s in reader.StringList("accept") ?? new List<Syntax.JsonStringSyntax>())
            {
                int slash = s.Value.IndexOf('/');
                if (slash <= 0 || slash == s.Value.Length - 1 || s.Value.IndexOf(' ') >= 0)
                    reader.Diagnostics.Report(DiagnosticDescriptors.InvalidValue, s.Location, "accept", "entries must be media types such as \"application/pdf\" or \"image/*\"");
                else accept.Add(s.Value.ToLowerInvariant());
            }
            draft.Model = draft.Model with { Accept = accept.ToEquatableArray(), MaxSizeKb = reader.Integer("maxSizeKb", 1, 10L * 1024 * 1024) };
        }

        /// <inheritdoc />
        public override bool TryRead(JsonElement json, FieldModel field, out object? value)
        {
            value = null;
            if (json.ValueKind == JsonValueKind.Null) return true;
            if (json.ValueKind != JsonValueKind.Object) return false;
            if (!TryString(json, "name", out var name) || !TryString(json, "mediaType", out var mediaType) || !TryString(json, "sha256", out var sha)) return false;
            if (!json.TryGetProperty("size", out var sizeJson) || sizeJson.ValueKind != JsonValueKind.Number || !sizeJson.TryGetInt64(out long size) || size < 0) return false;
            if (!AttachmentChecks.IsSha256(sha) || !AttachmentChecks.HasPlainTexts(name, mediaType)) return false;
            value = new FileValue(name, mediaType, size, sha.ToLowerInvariant());
            return true;
        }

        /// <inheritdoc />
        public override void Check(object value, FieldModel field, CheckContext checks)
        {
            var file = (FileValue)value;
            if (field.Accept.Count > 0 && !Accepts(field.Accept, file.MediaType)) checks.Fail("accept", string.Join(", ", field.Accept));
            if (field.MaxSizeKb is long kb && file.Size > kb * 1024) checks.Fail("maxSize", kb);
        }

        /// <summary>True when <paramref name="mediaType"/> is in <paramref name="accept"/>, where <c>image/*</c> accepts every image type.</summary>
        public static bool Accepts(IEnumerable<string> accept, string mediaType) => AttachmentChecks.Accepts(accept, mediaType);

        private static bool TryString(JsonElement json, string name, out string value)
        {
            value = "";
            return json.TryGetProperty(name, out var p) && TryGetString(p, out value) && value.Length > 0;
        }
    }
}
