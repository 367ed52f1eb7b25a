namespace FormFactory.Fim
{
    /// <summary>One file given to the importer: an XDatenfelder message or a genericode code list.</summary>
    /// <param name="Path">The path shown in diagnostics and in the import report.</param>
    /// <param name="Content">The file's bytes; the XML declaration says how they are encoded.</param>
    /// <param name="OnlyIfReferenced">
    /// For code lists found beside a schema rather than named by the user: imported only when a schema refers to them.
    /// </param>
    public sealed record FimInput(string Path, byte[] Content, bool OnlyIfReferenced = false);
}
