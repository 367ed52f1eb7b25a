namespace FormFactory.Generator.Emit
{
    /// <summary>
    /// Where a generated check reports an error: a path that is the same in every submission (<c>person.vorname</c>),
    /// whose errors can be made once, or a C# expression that builds it when the error is recorded (<c>hunde[1].name</c>).
    /// </summary>
    internal sealed class ErrorPath
    {
        private ErrorPath(string? fixedPath, string expression)
        {
            FixedPath = fixedPath;
            Expression = expression;
        }

        /// <summary>The path when it is fixed; null when it is built.</summary>
        public string? FixedPath { get; }

        /// <summary>The C# expression of the path (a literal when it is fixed).</summary>
        public string Expression { get; }

        /// <summary>A fixed path.</summary>
        public static ErrorPath Fixed(string path) => new ErrorPath(path, CSharpLiteral.String(path));

        /// <summary>A path built by <paramref name="expression"/>.</summary>
        public static ErrorPath Built(string expression) => new ErrorPath(null, expression);
    }
}
