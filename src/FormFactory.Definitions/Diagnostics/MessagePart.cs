namespace FormFactory.Definitions.Diagnostics
{
    /// <summary>
    /// A placeholder value that reads differently per message language, such as a "did you mean" hint. Its
    /// <see cref="ToString"/> is the English text, so a message formatted without a language is the English one.
    /// </summary>
    /// <param name="English">The English text.</param>
    /// <param name="German">The German text.</param>
    public sealed record MessagePart(string English, string German)
    {
        /// <summary>The part that adds nothing.</summary>
        public static readonly MessagePart Empty = new MessagePart("", "");

        /// <summary>A value that reads the same in every language (a name, a number, a code).</summary>
        public static MessagePart Same(string text) => new MessagePart(text, text);

        /// <summary>The text in <paramref name="language"/> (<c>de</c> or <c>en</c>; anything else gives English).</summary>
        public string In(string language) => language == "de" ? German : English;

        /// <summary>This part followed by <paramref name="next"/>, in each language.</summary>
        public MessagePart Then(MessagePart next) => new MessagePart(English + next.English, German + next.German);

        /// <inheritdoc/>
        public override string ToString() => English;
    }
}
