using System.Collections.Generic;

namespace FormFactory.Fim.Model
{
    /// <summary>A data field (<c>datenfeld</c>).</summary>
    public sealed record FimField : FimElement
    {
        /// <summary><c>input</c>, <c>select</c>, <c>label</c>, <c>hidden</c> or <c>locked</c> (as written).</summary>
        public string Feldart { get; init; } = "input";
        /// <summary><c>text</c>, <c>text_latin</c>, <c>date</c>, <c>time</c>, <c>datetime</c>, <c>bool</c>, <c>num</c>, <c>num_int</c>, <c>num_currency</c>, <c>file</c> or <c>obj</c> (as written).</summary>
        public string Datentyp { get; init; } = "text";
        /// <summary>The <c>praezisierung</c>.</summary>
        public FimConstraints Constraints { get; init; } = new FimConstraints();
        /// <summary>The referenced code list of a select field.</summary>
        public FimCodeListReference? CodeList { get; init; }
        /// <summary>The values listed in the field itself (XDatenfelder 3 <c>werte</c>).</summary>
        public IReadOnlyList<FimValue> Values { get; init; } = new FimValue[0];
        /// <summary>The <c>inhalt</c>: a default value, or the text of a label field.</summary>
        public string? Content { get; init; }
        /// <summary>The <c>vorbefuellung</c> (XDatenfelder 3): keine, optional or verpflichtend.</summary>
        public string? Prefill { get; init; }
        /// <summary>The <c>maxSize</c> of a file (XDatenfelder 3).</summary>
        public long? MaxSize { get; init; }
        /// <summary>The accepted <c>mediaType</c>s of a file (XDatenfelder 3).</summary>
        public IReadOnlyList<string> MediaTypes { get; init; } = new string[0];
        /// <summary>The code list key or column holding the codes (XDatenfelder 3 <c>codeKey</c>).</summary>
        public string? CodeKey { get; init; }
        /// <summary>The code list key or column holding the names (XDatenfelder 3 <c>nameKey</c>).</summary>
        public string? NameKey { get; init; }
    }

    /// <summary>The <c>praezisierung</c> of a field: JSON text in XDatenfelder 2, attributes in 3.</summary>
    public sealed record FimConstraints
    {
        /// <summary>Fewest characters.</summary>
        public int? MinLength { get; init; }
        /// <summary>Most characters.</summary>
        public int? MaxLength { get; init; }
        /// <summary>Lower bound of a number or date, as written.</summary>
        public string? MinValue { get; init; }
        /// <summary>Upper bound of a number or date, as written.</summary>
        public string? MaxValue { get; init; }
        /// <summary>A regular expression (XML Schema dialect) the whole value must match.</summary>
        public string? Pattern { get; init; }
        /// <summary>Anything else written there, as name and value, reported as not mapped.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Other { get; init; } = new KeyValuePair<string, string>[0];
    }

    /// <summary>A reference to a genericode code list.</summary>
    /// <param name="FimId">The FIM code list id (<c>C…</c>), if given.</param>
    /// <param name="CanonicalUri">The list's canonical URI.</param>
    /// <param name="Version">The list's version.</param>
    /// <param name="CanonicalVersionUri">The canonical URI of this version.</param>
    public sealed record FimCodeListReference(string? FimId, string? CanonicalUri, string? Version, string? CanonicalVersionUri)
    {
        /// <summary>The most precise way to name the list, for messages.</summary>
        public string Display => CanonicalVersionUri ?? (CanonicalUri == null ? FimId ?? "(no identification)" : CanonicalUri + (Version == null ? "" : " " + Version));
    }

    /// <summary>A value listed in a select field itself (XDatenfelder 3).</summary>
    /// <param name="Code">The code.</param>
    /// <param name="Name">Its label.</param>
    /// <param name="Help">Its help text.</param>
    public sealed record FimValue(string Code, string Name, string? Help);

    /// <summary>A rule (<c>regel</c>).</summary>
    public sealed record FimRule
    {
        /// <summary>Id and version.</summary>
        public FimIdentification Identification { get; init; } = new FimIdentification("", null);
        /// <summary>Its name.</summary>
        public string Name { get; init; } = "";
        /// <summary>The rule in words: <c>definition</c> (XDatenfelder 2) or <c>freitextRegel</c> (3).</summary>
        public string? Text { get; init; }
        /// <summary>The script: <c>script</c> (2) or <c>skript</c> (3).</summary>
        public string? Script { get; init; }
        /// <summary>The rule type (XDatenfelder 3 <c>typ</c>: K, M, V, B).</summary>
        public string? Type { get; init; }
        /// <summary>The line it starts at.</summary>
        public int Line { get; init; }
    }
}
