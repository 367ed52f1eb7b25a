using System.Text;

namespace FormFactory.Definitions.Text
{
    /// <summary>
    /// Plain text in Markdown that FormFactory writes (the factory's <c>report.md</c>, the FIM import report): names
    /// come from definitions and imported files, so they must not turn into markup, links or table columns.
    /// </summary>
    public static class MarkdownText
    {
        /// <summary>
        /// Plain text made safe for a paragraph, list item or table cell: characters Markdown would read as markup
        /// (<c>\ ` * _ [ ] &lt; &gt; |</c>) are backslash-escaped, and line breaks become spaces.
        /// </summary>
        public static string Escape(string? text)
        {
            if (string.IsNullOrEmpty(text)) return "";
            var sb = new StringBuilder(text!.Length);
            foreach (var c in text)
            {
                if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|') sb.Append('\\').Append(c);
                else if (c is '\r' or '\n') sb.Append(' ');
                else sb.Append(c);
            }
            return sb.ToString();
        }
    }
}
