using System;

namespace FormFactory.Runtime
{
    /// <summary>One problem with a submission: where it is, which check failed and what to tell the citizen.</summary>
    /// <param name="Path">The field path with item indices, e.g. <c>hunde[0].chipnummer</c>; empty for the form as a whole.</param>
    /// <param name="Code">A stable check code (<c>required</c>, <c>pattern</c>, …) or the id of the rule that failed.</param>
    /// <param name="MessageDe">The German message.</param>
    /// <param name="MessageEn">The English message; the German one where the definition has none.</param>
    public sealed record ValidationError(string Path, string Code, string MessageDe, string MessageEn)
    {
        /// <summary>The message in <paramref name="language"/> (<c>de</c> or <c>en</c>); German for any other language.</summary>
        public string Message(string language) =>
            string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? MessageEn : MessageDe;

        /// <inheritdoc />
        public override string ToString() => $"{(Path.Length == 0 ? "(form)" : Path)}: {Code}: {MessageDe}";
    }
}
