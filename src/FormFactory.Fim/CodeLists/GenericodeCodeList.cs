using System.Collections.Generic;

namespace FormFactory.Fim.CodeLists
{
    /// <summary>A column of a genericode list.</summary>
    /// <param name="Id">The column id that values refer to.</param>
    /// <param name="ShortName">Its short name.</param>
    /// <param name="Required">True for <c>Use="required"</c>.</param>
    public sealed record GenericodeColumn(string Id, string? ShortName, bool Required);

    /// <summary>A key of a genericode list: a name for one or more columns that identify a row.</summary>
    /// <param name="Id">The key id (FIM: <c>codeKey</c>, <c>codenameKey</c>).</param>
    /// <param name="Columns">The columns it refers to.</param>
    public sealed record GenericodeKey(string Id, IReadOnlyList<string> Columns);

    /// <summary>An OASIS genericode 1.0 code list as written: identification, columns, keys and rows.</summary>
    public sealed record GenericodeCodeList
    {
        /// <summary>The file it came from.</summary>
        public string SourcePath { get; init; } = "";
        /// <summary>The line of its root element.</summary>
        public int Line { get; init; }
        /// <summary>The short name (<c>Staat</c>).</summary>
        public string? ShortName { get; init; }
        /// <summary>The long name.</summary>
        public string? LongName { get; init; }
        /// <summary>The version (<c>2021-02-19</c>).</summary>
        public string? Version { get; init; }
        /// <summary>The canonical URI of the list, whatever the version.</summary>
        public string? CanonicalUri { get; init; }
        /// <summary>The canonical URI of this version; a definition keeps it as its <c>source</c>.</summary>
        public string? CanonicalVersionUri { get; init; }
        /// <summary>The columns in order.</summary>
        public IReadOnlyList<GenericodeColumn> Columns { get; init; } = new GenericodeColumn[0];
        /// <summary>The keys in order.</summary>
        public IReadOnlyList<GenericodeKey> Keys { get; init; } = new GenericodeKey[0];
        /// <summary>The rows: column id to value (a missing or empty value is absent).</summary>
        public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; init; } = new IReadOnlyDictionary<string, string>[0];

        /// <summary>
        /// What the list is called, for its id: the short or long name, else the last part of the canonical URI
        /// (<c>nichterforderlichvorhanden</c> of <c>urn:de:fim:codeliste:nichterforderlichvorhanden</c>); FIM
        /// exports often leave both names empty.
        /// </summary>
        public string? Title => ShortName ?? LongName ?? CanonicalUri?.Substring(CanonicalUri.LastIndexOf(':') + 1);

        /// <summary>The most precise name of the list, for messages.</summary>
        public string Display => CanonicalVersionUri ?? CanonicalUri ?? ShortName ?? SourcePath;
    }
}
