using System;

namespace FormFactory.Rendering.Templates
{
    /// <summary>A template that cannot be parsed or rendered, with the template file, line and column (1-based).</summary>
    public sealed class TemplateException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public TemplateException(string file, int line, int column, string reason, Exception? inner = null)
            : base($"{file}({line},{column}): error: {reason}", inner)
        {
            File = file;
            Line = line;
            Column = column;
            Reason = reason;
        }

        /// <summary>The template file, relative to the templates folder (<c>fields/text.html</c>).</summary>
        public string File { get; }

        /// <summary>The line, counted from 1.</summary>
        public int Line { get; }

        /// <summary>The column, counted from 1.</summary>
        public int Column { get; }

        /// <summary>What is wrong.</summary>
        public string Reason { get; }
    }
}
