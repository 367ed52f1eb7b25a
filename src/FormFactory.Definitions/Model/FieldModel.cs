using System.Collections.Generic;
using FormFactory.Definitions.Expressions;

namespace FormFactory.Definitions.Model
{
    /// <summary>Item count bounds of a repeated group.</summary>
    /// <param name="Min">At least this many entries (0 when not given).</param>
    /// <param name="Max">At most this many entries; null for no limit.</param>
    public sealed record RepeatBounds(int Min, int? Max)
    {
        /// <summary>Without the script, a repeated group shows this many entry slots when it has no smaller maximum.</summary>
        public const int NoScriptSlots = 3;

        /// <summary>
        /// How many entries a fresh page shows: the maximum when it is at most 10 (all slots usable without the script),
        /// else the minimum or <see cref="NoScriptSlots"/>, whichever is more, and at least one. One home for the page
        /// builder and the binder's size limit (<see cref="Binding.DefinitionLimits.MaxRenderedElements"/>).
        /// </summary>
        public int RenderedEntries
        {
            get
            {
                int slots = Max is int max && max <= 10 ? max : System.Math.Max(Min, NoScriptSlots);
                return System.Math.Max(slots, System.Math.Max(Min, 1));
            }
        }
    }

    /// <summary>
    /// A bound field: its type, texts, checks and logic, with block inclusions already expanded (an inclusion is a
    /// <see cref="FieldKind.Group"/> with <see cref="BlockId"/> set). Immutable and value-equatable.
    /// </summary>
    public sealed record FieldModel
    {
        /// <summary>The id, unique among siblings.</summary>
        public string Id { get; init; } = "";

        /// <summary>The path from the form root with <c>[]</c> after repeated groups (<c>hunde[].name</c>).</summary>
        public string Path { get; init; } = "";

        /// <summary>The field type.</summary>
        public FieldKind Kind { get; init; }

        /// <summary>The label (for groups: the legend). Null only for info fields without one.</summary>
        public LocalizedText? Label { get; init; }

        /// <summary>Help shown with the field.</summary>
        public LocalizedText? Hint { get; init; }

        /// <summary>The text of an info field.</summary>
        public LocalizedText? Text { get; init; }

        /// <summary>Always required. For groups: false makes the whole group optional while all its fields are empty.</summary>
        public bool Required { get; init; }

        /// <summary>Required while this is true.</summary>
        public BoundExpression? RequiredWhen { get; init; }

        /// <summary>Shown (and checked and kept) only while this is true.</summary>
        public BoundExpression? VisibleWhen { get; init; }

        /// <summary>The default value as canonical JSON, if any.</summary>
        public string? DefaultJson { get; init; }

        /// <summary>The portal account key that prefills this field.</summary>
        public string? Prefill { get; init; }

        /// <summary>Custom error texts per check code.</summary>
        public EquatableArray<KeyValuePair<string, LocalizedText>> Messages { get; init; } = EquatableArray<KeyValuePair<string, LocalizedText>>.Empty;

        /// <summary>The FIM data field id this field corresponds to.</summary>
        public string? Fim { get; init; }

        /// <summary>Notes for designers (provenance, FIM rules kept as text); never shown to citizens.</summary>
        public EquatableArray<string> Notes { get; init; } = EquatableArray<string>.Empty;

        /// <summary>An explicit HTML autocomplete token.</summary>
        public string? Autocomplete { get; init; }

        /// <summary>How to display it (<c>as</c>): radios, checkbox, select; null for the default.</summary>
        public string? Display { get; init; }

        /// <summary>Minimum length in code points.</summary>
        public int? MinLength { get; init; }

        /// <summary>Maximum length in code points.</summary>
        public int? MaxLength { get; init; }

        /// <summary>A regular expression the whole value must match.</summary>
        public string? Pattern { get; init; }

        /// <summary>Lower bound of a number field.</summary>
        public decimal? Min { get; init; }

        /// <summary>Upper bound of a number field.</summary>
        public decimal? Max { get; init; }

        /// <summary>Lower bound of a date field (a date expression).</summary>
        public BoundExpression? MinDate { get; init; }

        /// <summary>Upper bound of a date field (a date expression).</summary>
        public BoundExpression? MaxDate { get; init; }

        /// <summary>Digits allowed after the decimal point.</summary>
        public int? Scale { get; init; }

        /// <summary>The code list of a choice or multiChoice field.</summary>
        public CodeListModel? CodeList { get; init; }

        /// <summary>Fewest codes in a multiChoice.</summary>
        public int? MinItems { get; init; }

        /// <summary>Most codes in a multiChoice.</summary>
        public int? MaxItems { get; init; }

        /// <summary>Accepted media types of a file (may end in <c>/*</c>); empty accepts any.</summary>
        public EquatableArray<string> Accept { get; init; } = EquatableArray<string>.Empty;

        /// <summary>Largest file in KiB.</summary>
        public long? MaxSizeKb { get; init; }

        /// <summary>Entry count bounds; non-null makes a group repeated.</summary>
        public RepeatBounds? Repeat { get; init; }

        /// <summary>The name of one entry of a repeated group.</summary>
        public LocalizedText? ItemLabel { get; init; }

        /// <summary>For a block inclusion, the block's id.</summary>
        public string? BlockId { get; init; }

        /// <summary>The fields of a group.</summary>
        public EquatableArray<FieldModel> Fields { get; init; } = EquatableArray<FieldModel>.Empty;

        /// <summary>The kind of the invisible group every form's fields hang from.</summary>
        internal const FieldKind RootKind = FieldKind.Group;

        /// <summary>True for a group with repeat bounds.</summary>
        public bool IsRepeated => Repeat != null;

        /// <summary>The custom message for <paramref name="check"/>, if the definition has one.</summary>
        public LocalizedText? MessageFor(string check)
        {
            foreach (var m in Messages)
                if (m.Key == check) return m.Value;
            return null;
        }
    }
}
