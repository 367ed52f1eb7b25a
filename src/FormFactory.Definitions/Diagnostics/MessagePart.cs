namespace FormFactory.Definitions.Diagnostics
{
    /// <summary>
    /// A placeholder value that reads differently per message language, such as a "did you mean" hint. Its
    /// <see cref="ToString"/> is the English text, so a message formatted without a language is the English one.
    /// </summary>
    public sealed class MessagePart
    {
        /// <summary>The part that adds nothing.</summary>
        public static readonly MessagePart Empty = new MessagePart("", "");

        /// <summary>Creates a part from its English and German text.</summary>
        public MessagePart(string english, string german)
        {
            English = english;
            German = german;
        }

        /// <summary>The English text.</summary>
        public string English { get; }

        /// <summary>The German text.</summary>
        public string German { get; }

        /// <summary>The text in <paramref name="language"/> (<c>de</c> or <c>en</c>; anything else gives English).</summary>
        public string In(string language) => language == "de" ? German : English;

        /// <summary>This part followed by <paramref name="next"/>, in each language.</summary>
        public MessagePart Then(MessagePart next) => new MessagePart(English + next.English, German + next.German);

        /// <inheritdoc/>
        public override string ToString() => English;
    }
}
