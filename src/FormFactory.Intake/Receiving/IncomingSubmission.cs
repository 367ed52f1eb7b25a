using System.Collections.Generic;

namespace FormFactory.Intake.Receiving
{
    /// <summary>A post as read from either encoding, before any check.</summary>
    /// <param name="Form">The envelope's service id.</param>
    /// <param name="Version">The envelope's definition version.</param>
    /// <param name="Tenant">The envelope's tenant id.</param>
    /// <param name="Language">The page's language.</param>
    /// <param name="DataJson">The data as sent (multipart converted to JSON).</param>
    /// <param name="Attachments">The files that came with it.</param>
    /// <param name="Encoding"><c>json</c> or <c>multipart</c>.</param>
    public sealed record IncomingSubmission(string? Form, string? Version, string? Tenant, string? Language, string DataJson,
        IReadOnlyList<IncomingAttachment> Attachments, string Encoding);

    /// <summary>A file as posted: what the sender says about it, and the bytes.</summary>
    public sealed record IncomingAttachment(string Path, string Name, string MediaType, long Size, string Sha256, byte[] Content);
}
