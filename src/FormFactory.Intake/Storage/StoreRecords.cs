using System;
using System.Collections.Generic;

namespace FormFactory.Intake.Storage
{
    /// <summary>A validated submission, ready to be stored.</summary>
    /// <param name="Id">Its id (a GUID): the idempotency key of every later delivery.</param>
    /// <param name="Tenant">The tenant whose endpoint received it.</param>
    /// <param name="Service">The service id.</param>
    /// <param name="Version">The definition version it was validated against.</param>
    /// <param name="Language">The page's language.</param>
    /// <param name="ReceivedAt">When the intake received it.</param>
    /// <param name="Encoding"><c>json</c> or <c>multipart</c>.</param>
    /// <param name="DataJson">The data as the validator keeps it.</param>
    /// <param name="Attachments">The files with their bytes.</param>
    /// <param name="IdempotencyKey">The client's key, or one derived from the body when the client sent none.</param>
    /// <param name="IdempotencyWindow">How long the key answers with the first submission; null for as long as it is stored.</param>
    /// <param name="BodySha256">SHA-256 of what the key protects: a retry with other content is refused.</param>
    /// <param name="StatusToken">The unguessable token of the status URL (the store keeps its hash with the submission).</param>
    /// <param name="NextReference">Makes a new reference number; called again when one is taken.</param>
    public sealed record NewSubmission(string Id, string Tenant, string Service, string Version, string Language, DateTimeOffset ReceivedAt,
        string Encoding, string DataJson, IReadOnlyList<StoredAttachment> Attachments, string IdempotencyKey, TimeSpan? IdempotencyWindow,
        string BodySha256, string StatusToken, Func<string> NextReference);

    /// <summary>A stored attachment.</summary>
    /// <param name="Path">The field path it belongs to.</param>
    /// <param name="Name">The file name as sent (never used as a path).</param>
    /// <param name="MediaType">The checked media type.</param>
    /// <param name="Size">Its size in bytes.</param>
    /// <param name="Sha256">SHA-256 of the bytes, lower-case hexadecimal.</param>
    /// <param name="Content">The bytes; null once purged.</param>
    public sealed record StoredAttachment(string Path, string Name, string MediaType, long Size, string Sha256, byte[]? Content);

    /// <summary>What <see cref="ISubmissionStore.AcceptAsync"/> did.</summary>
    public enum AcceptKind
    {
        /// <summary>Stored now.</summary>
        Stored,
        /// <summary>The key was known with the same body: the first answer, nothing stored.</summary>
        Replayed,
        /// <summary>The key was known with another body: refused, nothing stored.</summary>
        KeyConflict,
    }

    /// <summary>The answer of the store.</summary>
    /// <param name="Kind">Stored, replayed or refused.</param>
    /// <param name="Reference">The reference number (of the first submission when replayed; empty on a conflict).</param>
    /// <param name="StatusToken">The status token of that submission (empty on a conflict).</param>
    public sealed record AcceptOutcome(AcceptKind Kind, string Reference, string StatusToken);

    /// <summary>What the status URL tells: the state and when it was reached, never the data.</summary>
    /// <param name="Tenant">The tenant it was sent to.</param>
    /// <param name="Service">The service.</param>
    /// <param name="Language">The language it was sent in (the confirmation page's).</param>
    /// <param name="Reference">The reference number.</param>
    /// <param name="State"><c>received</c>, <c>delivered</c>, <c>accepted</c>, <c>rejected</c>.</param>
    /// <param name="ReceivedAt">When it was received.</param>
    /// <param name="ChangedAt">When the state was last changed.</param>
    public sealed record SubmissionStatus(string Tenant, string Service, string Language, string Reference, string State, DateTimeOffset ReceivedAt, DateTimeOffset ChangedAt);

    /// <summary>A submission as stored.</summary>
    public sealed record StoredSubmission(string Id, string Tenant, string Service, string Version, string Language, string Reference,
        DateTimeOffset ReceivedAt, string Encoding, string State, string? DataJson, IReadOnlyList<StoredAttachment> Attachments, string OutboxState);

    /// <summary>A stored submission's identity.</summary>
    public sealed record SubmissionKey(string Tenant, string Reference, string IdempotencyKey);
}
