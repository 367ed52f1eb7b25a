namespace FormFactory.Generator.Emit
{
    /// <summary>
    /// Where a generated check reports an error: a path that is the same in every submission (<c>person.vorname</c>),
    /// whose errors can be made once; a field of an entry whose only index is the entry's own (<c>hunde[1].name</c>),
    /// whose errors can be made once per index; or a C# expression that builds it when the error is recorded.
    /// </summary>
    internal sealed class ErrorPath
    {
        private ErrorPath(string? fixedPath, string expression, EntryField? entry = null)
        {
            FixedPath = fixedPath;
            Expression = expression;
            Entry = entry;
        }

        /// <summary>The path when it is fixed; null when it is built.</summary>
        public string? FixedPath { get; }

        /// <summary>The entry field when the path is one (<c>hunde</c>, an index, <c>.name</c>); null otherwise.</summary>
        public EntryField? Entry { get; }

        /// <summary>The C# expression of the path (a literal when it is fixed).</summary>
        public string Expression { get; }

        /// <summary>A fixed path.</summary>
        public static ErrorPath Fixed(string path) => new ErrorPath(path, CSharpLiteral.String(path));

        /// <summary>A path built by <paramref name="expression"/>.</summary>
        public static ErrorPath Built(string expression) => new ErrorPath(null, expression);

        /// <summary>
        /// The field <paramref name="suffix"/> (<c>.name</c>) of the entry (<c>this</c>) of the repeated group at the
        /// fixed path <paramref name="list"/>; its errors are kept for the first <paramref name="cachedEntries"/> indexes.
        /// </summary>
        public static ErrorPath InEntry(string list, string suffix, int cachedEntries) =>
            new ErrorPath(null, "this.Path(" + CSharpLiteral.String(suffix) + ")", new EntryField(list, suffix, cachedEntries));
    }

    /// <summary>A field of an entry of a repeated group that lies in no other entry: its path is <c>List[index]Suffix</c>.</summary>
    /// <param name="List">The repeated group's fixed path (<c>hunde</c>).</param>
    /// <param name="Suffix">The field's path inside the entry (<c>.name</c>).</param>
    /// <param name="CachedEntries">For how many entries (indexes 0 to this − 1) each error is kept once made.</param>
    internal sealed record EntryField(string List, string Suffix, int CachedEntries);
}
