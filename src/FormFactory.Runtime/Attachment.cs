namespace FormFactory.Runtime
{
    /// <summary>
    /// An uploaded file as a submission describes it: metadata only, the bytes travel separately. This is the value
    /// of a <c>file</c> field in generated models.
    /// </summary>
    /// <param name="Name">The file name as the citizen's device reported it.</param>
    /// <param name="MediaType">The media type, e.g. <c>application/pdf</c>.</param>
    /// <param name="Size">Size in bytes (a field's <c>maxSizeKb</c> counts KiB of 1,024 bytes).</param>
    /// <param name="Sha256">SHA-256 of the content, 64 hexadecimal digits.</param>
    public sealed record Attachment(string Name, string MediaType, long Size, string Sha256);
}
