using System.Collections.Generic;
using FormFactory.FitConnect.Attachments;

namespace FormFactory.FitConnect
{
    /// <summary>An attachment as the metadata lists it.</summary>
    /// <param name="AttachmentId">Its id (UUID format).</param>
    /// <param name="File">The file value in the data.</param>
    /// <param name="Sha512">The SHA-512 of its content.</param>
    /// <param name="MediaType">Its media type as the metadata gives it.</param>
    public sealed record ExportedAttachment(string AttachmentId, SubmittedFile File, string Sha512, string MediaType)
    {
        /// <summary>
        /// The extension its exported file gets (<c>.pdf</c>), from the media type the validator checked against the
        /// field's <c>accept</c>, never from the citizen's file name (which may say <c>.exe</c> or hide it behind a
        /// right-to-left override); empty for a media type without a known extension.
        /// </summary>
        public string FileExtension => AttachmentExtensions.For(MediaType);
    }

    /// <summary>What an export produced, or why it could not.</summary>
    /// <param name="Errors">Why the submission cannot be exported (validation errors, missing attachments); empty on success.</param>
    /// <param name="MetadataJson">The metadata document.</param>
    /// <param name="JsonData">The data as JSON (what the validator keeps), UTF-8.</param>
    /// <param name="XmlData">The data rendered as XML named after FIM ids, UTF-8.</param>
    /// <param name="DataFormat">Which of the two the metadata describes and hashes: <c>json</c> or <c>xml</c>.</param>
    /// <param name="Attachments">The attachments, in form order.</param>
    public sealed record FitConnectExport(IReadOnlyList<string> Errors, string? MetadataJson, byte[]? JsonData, byte[]? XmlData, string DataFormat,
        IReadOnlyList<ExportedAttachment> Attachments)
    {
        /// <summary>True when the submission was exported.</summary>
        public bool Succeeded => Errors.Count == 0;

        /// <summary>
        /// True when the export failed because the submission is not valid (the errors are the validator's); false
        /// when a valid submission could not be exported (an upload missing or of another size, no LeiKa key).
        /// </summary>
        public bool SubmissionNotValid { get; init; }

        /// <summary>The data the metadata describes.</summary>
        public byte[]? Data => DataFormat == "xml" ? XmlData : JsonData;
    }
}
