using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace FormFactory.Factory.Export
{
    /// <summary>Building blocks for CommonMark with GitHub tables (plain text in them: <see cref="FormFactory.Definitions.Text.MarkdownText"/>).</summary>
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
