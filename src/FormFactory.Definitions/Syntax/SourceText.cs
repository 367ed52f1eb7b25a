using System.Collections.Generic;

namespace FormFactory.Definitions.Syntax
{
    /// <summary>A definition file's text with the line starts needed to turn offsets into line and column.</summary>
    public sealed class SourceText
    {
        private readonly List<int> _lineStarts = new List<int> { 0 };

        /// <summary>Wraps <paramref name="text"/> read from <paramref name="path"/>.</summary>
        public SourceText(string path, string text)
        {
            Path = path;
            Text = text;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n') _lineStarts.Add(i + 1);
                else if (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) _lineStarts.Add(i + 1);
            }
        }

        /// <summary>The file's path as given (used in diagnostics).</summary>
        public string Path { get; }

        /// <summary>The file's text.</summary>
        public string Text { get; }

        /// <summary>The location of <paramref name="length"/> characters from <paramref name="offset"/>.</summary>
        public SourceLocation Location(int offset, int length)
        {
            if (offset < 0) offset = 0;
            if (offset > Text.Length) offset = Text.Length;
            if (length < 0 || offset + length > Text.Length) length = Text.Length - offset;
            var (line, column) = LineAndColumn(offset);
            var (endLine, endColumn) = LineAndColumn(offset + length);
            return new SourceLocation(Path, offset, length, line, column, endLine, endColumn);
        }

        private (int Line, int Column) LineAndColumn(int offset)
        {
            int lo = 0, hi = _lineStarts.Count - 1;
            while (lo < hi)
            {
                int mid = (lo + hi + 1) / 2;
                if (_lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
            }
            int column = offset - _lineStarts[lo] + 1;
            // A byte order mark is invisible in every editor: the first line's columns start after it.
            if (lo == 0 && offset > 0 && Text[0] == '\uFEFF') column--;
            return (lo + 1, column);
        }
    }
}
