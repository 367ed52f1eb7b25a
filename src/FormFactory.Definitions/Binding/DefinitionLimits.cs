namespace FormFactory.Definitions.Binding
{
    /// <summary>
    /// The sizes a definition may describe, so that whatever <c>validate</c> accepts, <c>build</c> renders in bounded
    /// time and memory (documented in docs/definition-format.md, "Limits"). Each is far above what real forms need.
    /// </summary>
    public static class DefinitionLimits
    {
        /// <summary>
        /// The most fields one form holds once its block inclusions are expanded (FF0311); real forms have a few
        /// hundred. Counted at every field, so neither a long form nor blocks that include a block twice get past it.
        /// </summary>
        public const int MaxFieldsPerForm = 5000;

        /// <summary>
        /// The most fields a fresh page renders (FF0312), ten choice options counting as one field (an option is a
        /// line of markup, a field a label, an input, a hint and its error slot): each field counts once, a choice
        /// a tenth per code, and a repeated group multiplies what it holds by the entries it shows plus its template
        /// (<see cref="Model.RepeatBounds.RenderedEntries"/> + 1), through every nesting level. About 15 MB of page.
        /// </summary>
        public const int MaxRenderedElements = 20_000;

        /// <summary>How many choice options count as one rendered field in <see cref="MaxRenderedElements"/>.</summary>
        public const int OptionsPerField = 10;

        /// <summary>
        /// The most fields whose visibility deciding one field's visibility may take, one after the other (FF0315): a
        /// field visible when another is filled, that one when a third is, and so on (enclosing groups count too).
        /// Validators decide it recursively; real forms need a handful.
        /// </summary>
        public const int MaxVisibilityChain = 200;

        /// <summary>The most values one code list holds (FF0313); the longest official lists (all municipalities) have about 11,000.</summary>
        public const int MaxCodeListValues = 20_000;
    }
}
