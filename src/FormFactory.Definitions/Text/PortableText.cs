using System.Globalization;

namespace FormFactory.Definitions.Text
{
    /// <summary>
    /// Characters that not every output can carry: control characters (XML 1.0 cannot hold most of them, and they
    /// can forge lines in text output), lone surrogates (no UTF-8 text, JSON file or C# source can hold one) and
    /// noncharacters (U+FFFE, U+FFFF and the like, which XML and HTML refuse). Codes meet all of these outputs, so
    /// they follow the rule of single-line submitted text (<see cref="Runtime.TextCharacters"/>).
    /// </summary>
    public static class PortableText
    {
        /// <summary>The index of the first character of <paramref name="text"/> no output can be trusted with; -1 when there is none.</summary>
        public static int FirstUnportable(string text) => Runtime.TextCharacters.FirstDisallowed(text, multiline: false);

        /// <summary>What the character at <paramref name="index"/> is, for a message: <c>U+D800 (a lone surrogate)</c>.</summary>
        public static string Describe(string text, int index)
        {
            char c = text[index];
            string kind = char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
                ? "a lone surrogate"
                : c < 0x20 || (c >= 0x7F && c <= 0x9F) ? "a control character" : "a noncharacter";
            int scalar = char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? char.ConvertToUtf32(c, text[index + 1]) : c;
            return "U+" + scalar.ToString("X4", CultureInfo.InvariantCulture) + " (" + kind + ")";
        }

        /// <summary>
        /// <paramref name="text"/> fit to quote in a message: every character <see cref="FirstUnportable"/> would find
        /// written as <c>\uXXXX</c>, so a message never carries a line break, a control character or a lone surrogate.
        /// </summary>
        public static string Quote(string text)
        {
            if (FirstUnportable(text) < 0) return text;
            var sb = new System.Text.StringBuilder(text.Length + 8);
            for (int i = 0; i < text.Length; i++)
            {
                bool pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                string unit = text.Substring(i, pair ? 2 : 1);
                if (FirstUnportable(unit) < 0) sb.Append(unit);
                else foreach (char u in unit) sb.Append("\\u").Append(((int)u).ToString("X4", CultureInfo.InvariantCulture));
                if (pair) i++;
            }
            return sb.ToString();
        }
    }
}
