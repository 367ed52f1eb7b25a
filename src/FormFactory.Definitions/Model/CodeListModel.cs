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
        /// <summary>True when <paramref name="code"/> is one of the list's codes.</summary>
        public bool Contains(string code)
        {
            foreach (var v in Values)
                if (v.Code == code) return true;
            return false;
        }
    }
}
