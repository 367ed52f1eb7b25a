using System.Globalization;
using System.Text;

namespace FormFactory.Definitions.Diagnostics
{
    /// <summary>
    /// Makes text from a definition (a property name, a file name, a message quoting either) safe to print as part
    /// of one line: a build server reads lines starting with <c>::error</c> or <c>##vso[</c> as its own commands, and
    /// a terminal obeys control sequences and bidirectional overrides. JSON and SARIF escape on their own.
    /// </summary>
    public static class PrintableText
    {
        /// <summary>
        /// <paramref name="text"/> with every control character (C0, DEL, C1), line and paragraph separator and
        /// bidirectional control written as an escape (<c>\n</c>, <c>\r</c>, <c>\t</c>, else <c>\u202E</c>), so
        /// it stays on one line and reads as it is stored. Other text is returned as it is.
        /// </summary>
        public static string Escape(string text)
        {
            int first = 0;
            while (first < text.Length && !NeedsEscape(text[first])) first++;
            if (first == text.Length) return text; // the common case: nothing to escape, no copy
            var result = new StringBuilder(text.Length + 16).Append(text, 0, first);
            for (int i = first; i < text.Length; i++)
            {
                char c = text[i];
                if (!NeedsEscape(c)) result.Append(c);
                else if (c == '\n') result.Append("\\n");
                else if (c == '\r') result.Append("\\r");
                else if (c == '\t') result.Append("\\t");
                else result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            return result.ToString();
        }

        /// <summary>True for the characters <see cref="Escape"/> replaces.</summary>
        public static bool NeedsEscape(char c) =>
            c < ' ' || (c >= '\u007F' && c <= '\u009F') // C0, DEL, C1 (with NEL, a line break)
            || c == '\u2028' || c == '\u2029'            // line and paragraph separators
            || (c >= '\u202A' && c <= '\u202E')          // bidirectional embeddings and overrides
            || (c >= '\u2066' && c <= '\u2069')          // bidirectional isolates
            || c == '\u200E' || c == '\u200F' || c == '\u061C'; // directional marks
    }
}
