namespace FormFactory.Runtime
{
    /// <summary>
    /// Which characters a submitted text may hold, in one place for the reference validator and generated
    /// validators (the browser script mirrors it in <c>textAllowed</c>). A value with any other character is refused
    /// with a <c>format</c> error, so nothing the validator accepts can break an export further on (an XML writer
    /// refuses control characters and lone surrogates) or hide in invisible characters. Documented in
    /// docs/submission-contract.md, "Characters".
    /// </summary>
    public static class TextCharacters
    {
        /// <summary>
        /// True when <paramref name="value"/> holds no control character (U+0000–U+001F, U+007F–U+009F; in
        /// multi-line text tab, line feed and carriage return are allowed), no lone surrogate and no non-character
        /// (U+FDD0–U+FDEF and the last two code points of every plane, such as U+FFFE and U+FFFF).
        /// </summary>
        public static bool AreAllowed(string value, bool multiline) => FirstDisallowed(value, multiline) < 0;

        /// <summary>
        /// The index of the first character <see cref="AreAllowed"/> refuses in <paramref name="value"/>, or -1: the one
        /// rule also for what else must travel everywhere (the codes of code lists, read as single-line text).
        /// </summary>
        public static int FirstDisallowed(string value, bool multiline)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c < '\u0020')
                {
                    if (multiline && (c == '\t' || c == '\n' || c == '\r')) continue;
                    return i;
                }
                if (c < '\u007F') continue;
                if (c <= '\u009F') return i;
                if (char.IsHighSurrogate(c))
                {
                    if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])) return i;
                    if ((char.ConvertToUtf32(c, value[i + 1]) & 0xFFFE) == 0xFFFE) return i;
                    i++;
                    continue;
                }
                if (char.IsLowSurrogate(c) || (c >= '\uFDD0' && c <= '\uFDEF') || c >= '\uFFFE') return i;
            }
            return -1;
        }
    }
}
