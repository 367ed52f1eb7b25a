namespace FormFactory.Rendering.Templates
{
    /// <summary>
    /// Markup that is already safe to write into HTML as it is: produced by the renderer's own encoders and partials,
    /// or marked by a template with the reviewed helper <c>html_raw</c>. Every other value a template writes is
    /// HTML-encoded (<see cref="HtmlTemplateContext"/>).
    /// </summary>
    /// <param name="Html">The markup.</param>
    public sealed record RawHtml(string Html)
    {
        /// <summary>No markup.</summary>
        public static RawHtml Empty { get; } = new RawHtml("");

        /// <inheritdoc />
        public override string ToString() => Html;
    }
}
