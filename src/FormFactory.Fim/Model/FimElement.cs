using System.Collections.Generic;

namespace FormFactory.Fim.Model
{
    /// <summary>What schemas, groups and fields have in common.</summary>
    public abstract record FimElement
    {
        /// <summary>Id and version.</summary>
        public FimIdentification Identification { get; init; } = new FimIdentification("", null);
        /// <summary>The internal name (<c>name</c>), used for ids.</summary>
        public string Name { get; init; } = "";
        /// <summary>The label shown to citizens (<c>bezeichnungEingabe</c>).</summary>
        public string? InputLabel { get; init; }
        /// <summary>The help shown to citizens (<c>hilfetextEingabe</c>).</summary>
        public string? InputHelp { get; init; }
        /// <summary>The legal basis (<c>bezug</c>), one entry per line or semicolon.</summary>
        public IReadOnlyList<string> LegalBasis { get; init; } = new string[0];
        /// <summary>Rules attached to the element.</summary>
        public IReadOnlyList<FimRule> Rules { get; init; } = new FimRule[0];
        /// <summary>The line the element starts at in its file (0 when unknown).</summary>
        public int Line { get; init; }
        /// <summary>Problems found while reading (a praezisierung that is no JSON, a broken anzahl …), for the import report.</summary>
        public IReadOnlyList<string> ReadProblems { get; init; } = new string[0];

        /// <summary>What ids are made from: the name, or the label where an export leaves the name out.</summary>
        public string IdSource => Name.Length > 0 ? Name : InputLabel ?? "";

        /// <summary>The label, or the name where the label is empty, or the id where both are.</summary>
        public string Label =>
            !string.IsNullOrWhiteSpace(InputLabel) ? InputLabel! : Name.Length > 0 ? Name : Identification.Id.Length > 0 ? Identification.Id : "—";
    }

    /// <summary>A child of a schema or group, with how often it occurs.</summary>
    /// <param name="Cardinality">The <c>anzahl</c>.</param>
    /// <param name="Element">A group or a field.</param>
    public sealed record FimChild(FimCardinality Cardinality, FimElement Element);

    /// <summary>A data field group (<c>datenfeldgruppe</c>).</summary>
    public sealed record FimGroup : FimElement
    {
        /// <summary>Its groups and fields in order.</summary>
        public IReadOnlyList<FimChild> Children { get; init; } = new FimChild[0];
    }

    /// <summary>What an import message holds at its root.</summary>
    public enum FimMessageKind
    {
        /// <summary><c>xdatenfelder.stammdatenschema.0102</c>: a master data schema, imported as a service.</summary>
        Stammdatenschema,
        /// <summary><c>xdatenfelder.datenfeldgruppe.0103</c>: a group, imported as blocks.</summary>
        Datenfeldgruppe,
    }

    /// <summary>A master data schema (<c>stammdatenschema</c>), or the root group of a group message.</summary>
    public sealed record FimSchema : FimElement
    {
        /// <summary>Schema or group message.</summary>
        public FimMessageKind Kind { get; init; }
        /// <summary>2 or 3.</summary>
        public int XdfVersion { get; init; }
        /// <summary>The file it came from.</summary>
        public string SourcePath { get; init; } = "";
        /// <summary>For a group message, the root group itself.</summary>
        public FimGroup? RootGroup { get; init; }
        /// <summary>For a schema, its groups and fields in order.</summary>
        public IReadOnlyList<FimChild> Children { get; init; } = new FimChild[0];
    }
}
