using FormFactory.Definitions.Model;

namespace FormFactory.Generator.Pipeline
{
    /// <summary>
    /// An XML doc comment: a summary and remark paragraphs, each an XML fragment whose definition texts are already
    /// escaped (<see cref="Emit.XmlText"/>). Fragments may span lines.
    /// </summary>
    internal sealed record DocSpec(string Summary, EquatableArray<string> Remarks)
    {
        /// <summary>A doc comment with a summary only.</summary>
        public static DocSpec Of(string summary) => new DocSpec(summary, EquatableArray<string>.Empty);
    }
}
