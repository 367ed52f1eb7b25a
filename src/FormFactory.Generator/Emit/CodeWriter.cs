using System.Text;

namespace FormFactory.Generator.Emit
{
    /// <summary>Writes C# line by line with four-space indentation and <c>\n</c> line ends, whatever the machine.</summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder _text = new StringBuilder();
        private int _depth;

        /// <summary>A writer starting at depth 0.</summary>
        public CodeWriter()
        {
        }

        /// <summary>A writer starting at <paramref name="depth"/>, for a part written separately and inserted with <see cref="Raw"/>.</summary>
        public CodeWriter(int depth) => _depth = depth;

        /// <summary>Writes one line at the current depth (an empty line stays empty).</summary>
        public CodeWriter Line(string line = "")
        {
            if (line.Length > 0) _text.Append(' ', _depth * 4).Append(line);
            _text.Append('\n');
            return this;
        }

        /// <summary>Writes <c>{</c> and indents.</summary>
        public CodeWriter Open()
        {
            Line("{");
            _depth++;
            return this;
        }

        /// <summary>Unindents and writes <c>}</c> followed by <paramref name="after"/> (e.g. <c>;</c>).</summary>
        public CodeWriter Close(string after = "")
        {
            _depth--;
            return Line("}" + after);
        }

        /// <summary>Writes <paramref name="doc"/> as <c>///</c> lines.</summary>
        public CodeWriter Doc(Pipeline.DocSpec doc)
        {
            Line("/// <summary>");
            foreach (string line in doc.Summary.Split('\n')) Line("/// " + line);
            Line("/// </summary>");
            if (doc.Remarks.Count == 0) return this;
            Line("/// <remarks>");
            foreach (string paragraph in doc.Remarks)
            {
                string[] lines = paragraph.Split('\n');
                for (int i = 0; i < lines.Length; i++)
                    Line("/// " + (i == 0 ? "<para>" : "") + lines[i] + (i == lines.Length - 1 ? "</para>" : ""));
            }
            return Line("/// </remarks>");
        }

        /// <summary>Writes a one-line <c>///</c> summary.</summary>
        public CodeWriter Summary(string xml) => Line("/// <summary>" + xml + "</summary>");

        /// <summary>Appends text written by another writer as it is.</summary>
        public CodeWriter Raw(string text)
        {
            _text.Append(text);
            return this;
        }

        /// <inheritdoc />
        public override string ToString() => _text.ToString();
    }
}
