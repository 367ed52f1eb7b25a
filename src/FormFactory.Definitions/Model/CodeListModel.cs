namespace FormFactory.Definitions.Model
{
    /// <summary>One value of a code list.</summary>
    /// <param name="Code">The code as submitted (a string).</param>
    /// <param name="Label">What citizens see.</param>
    /// <param name="Description">An optional explanation.</param>
    public sealed record CodeValue(string Code, LocalizedText Label, LocalizedText? Description);

    /// <summary>A code list: the values a choice or multiChoice field offers.</summary>
    /// <param name="Id">The list's id.</param>
    /// <param name="Version">Its version, if given.</param>
    /// <param name="Title">An optional title.</param>
    /// <param name="Source">Provenance, e.g. an XRepository URN.</param>
    /// <param name="Values">The values in definition order.</param>
    public sealed record CodeListModel(string Id, string? Version, LocalizedText? Title, string? Source, EquatableArray<CodeValue> Values)
    {
        // The codes as a set, made once per list on first use and kept beside the record (not in it, so that equality
        // stays the list's values): checking a comparison or a default is then constant time, not a scan of up to
        // DefinitionLimits.MaxCodeListValues codes for each of thousands of expressions.
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CodeListModel, System.Collections.Generic.HashSet<string>> CodeSets = new();

        /// <summary>True when <paramref name="code"/> is one of the list's codes.</summary>
        public bool Contains(string code) => CodeSets.GetValue(this, list =>
        {
            var codes = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
            foreach (var v in list.Values) codes.Add(v.Code);
            return codes;
        }).Contains(code);
    }
}
