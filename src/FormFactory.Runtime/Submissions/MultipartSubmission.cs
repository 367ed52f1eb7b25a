using System.Collections.Generic;

namespace FormFactory.Runtime.Submissions
{
    /// <summary>A multipart post converted to the JSON the script would have sent.</summary>
    public sealed class MultipartSubmission
    {
        internal MultipartSubmission(string? form, string? version, string? tenant, string? language, string dataJson, string envelopeJson, IReadOnlyList<Attachment> attachments)
        {
            Form = form;
            Version = version;
            Tenant = tenant;
            Language = language;
            DataJson = dataJson;
            EnvelopeJson = envelopeJson;
            Attachments = attachments;
        }

        /// <summary>The service id (<c>_form</c>).</summary>
        public string? Form { get; }
        /// <summary>The definition's version (<c>_version</c>).</summary>
        public string? Version { get; }
        /// <summary>The tenant id (<c>_tenant</c>).</summary>
        public string? Tenant { get; }
        /// <summary>The page's language (<c>_language</c>).</summary>
        public string? Language { get; }
        /// <summary>The submission data: what the validator checks.</summary>
        public string DataJson { get; }
        /// <summary>The whole envelope (<c>form</c>, <c>version</c>, <c>tenant</c>, <c>language</c>, <c>data</c>, <c>attachments</c> without content), as in the JSON post.</summary>
        public string EnvelopeJson { get; }
        /// <summary>The uploaded files with their metadata.</summary>
        public IReadOnlyList<Attachment> Attachments { get; }
    }
}
