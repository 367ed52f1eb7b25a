namespace FormFactory.Rendering.Templates
{
    /// <summary>
    /// A text a citizen reads, chosen for the page's language. When the definition has no translation, the German text
    /// is used and written inside <c>&lt;span lang="de"&gt;</c> so screen readers pronounce it correctly.
    /// Templates write it as <c>{{ field.label }}</c>; <c>{{ field.label.plain }}</c> gives the bare (still encoded)
    /// text where no markup may stand, such as the page title or an attribute.
    /// </summary>
    public sealed class Text
    {
        /// <summary>Creates a text.</summary>
        /// <param name="plain">The text.</param>
        /// <param name="language">Its language.</param>
        /// <param name="pageLanguage">The page's language.</param>
        public Text(string plain, string language, string pageLanguage)
        {
            Plain = plain;
            Language = language;
            IsFallback = language != pageLanguage;
        }

        /// <summary>The text itself.</summary>
        public string Plain { get; }

        /// <summary>The language it is in.</summary>
        public string Language { get; }

        /// <summary>True when it is not in the page's language.</summary>
        public bool IsFallback { get; }

        /// <summary>The encoded text, wrapped in a <c>lang</c> span when it is a fallback.</summary>
        public string ToHtml() => IsFallback
            ? "<span lang=\"" + Encoders.Html(Language) + "\">" + Encoders.Html(Plain) + "</span>"
            : Encoders.Html(Plain);

        /// <inheritdoc />
        public override string ToString() => Plain;
    }
}
