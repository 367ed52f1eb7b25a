namespace FormFactory.FitConnect.Attachments
{
    /// <summary>A file value of a submission: where it is in the data and what the form says about it.</summary>
    /// <param name="Path">The field path (<c>nachweise[1].datei</c>).</param>
    /// <param name="Label">The field's German label, used as the attachment's description.</param>
    /// <param name="Name">The file name as uploaded.</param>
    /// <param name="MediaType">Its media type.</param>
    /// <param name="Size">Its size in bytes.</param>
    /// <param name="Sha256">Its SHA-256, which finds the file among the attachments given.</param>
    public sealed record SubmittedFile(string Path, string? Label, string Name, string MediaType, long Size, string Sha256);
}
