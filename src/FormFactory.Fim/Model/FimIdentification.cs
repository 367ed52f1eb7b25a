namespace FormFactory.Fim.Model
{
    /// <summary>A FIM element's id and version, e.g. <c>F60000227</c> 1.1.</summary>
    /// <param name="Id">The id (<c>S…</c> schema, <c>G…</c> group, <c>F…</c> field, <c>R…</c> rule, <c>C…</c> code list).</param>
    /// <param name="Version">The version, if the message gives one.</param>
    public sealed record FimIdentification(string Id, string? Version)
    {
        /// <summary>The FIM notation <c>F60000227V1.1</c> (the id alone without a version).</summary>
        public override string ToString() => Version == null ? Id : Id + "V" + Version;
    }
}
