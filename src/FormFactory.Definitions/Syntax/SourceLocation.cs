namespace FormFactory.Definitions.Syntax
{
    /// <summary>A place in a definition file: path, character offset and length, and 1-based line and column.</summary>
    /// <remarks>Columns count UTF-16 code units, as editors and the C# compiler do.</remarks>
    public readonly record struct SourceLocation(string Path, int Offset, int Length, int Line, int Column, int EndLine, int EndColumn)
    {
        /// <summary>A location for problems that concern a whole file rather than a place in it.</summary>
        public static SourceLocation WholeFile(string path) => new SourceLocation(path, 0, 0, 1, 1, 1, 1);

        /// <inheritdoc />
        public override string ToString() => $"{Path}({Line},{Column})";
    }
}
