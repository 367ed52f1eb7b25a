using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace FormFactory.Factory.Export
{
    /// <summary>Building blocks for CommonMark with GitHub tables.</summary>
    public static class Markdown
    {
        /// <summary>How a table column is aligned.</summary>
        public enum Align
        {
            /// <summary>Left, for text.</summary>
            Left,
            /// <summary>Right, for numbers.</summary>
            Right,
        }

        /// <summary>
        /// Plain text made safe for a paragraph or table cell: characters Markdown would read as markup
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

        /// <summary>A table; cells must already be escaped (or be trusted markup such as bold). Ends with a blank line.</summary>
        public static void Table(StringBuilder output, IReadOnlyList<(string Header, Align Align)> columns, IEnumerable<IReadOnlyList<string>> rows)
        {
            output.Append("| ").Append(string.Join(" | ", columns.Select(c => c.Header))).Append(" |\n");
            output.Append('|').Append(string.Join("|", columns.Select(c => c.Align == Align.Right ? " ---: " : " --- "))).Append("|\n");
            foreach (var row in rows)
                output.Append("| ").Append(string.Join(" | ", row)).Append(" |\n");
            output.Append('\n');
        }
    }
}
