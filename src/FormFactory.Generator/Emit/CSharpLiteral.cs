using FormFactory.Definitions.Expressions;

namespace FormFactory.Generator.Emit
{
    /// <summary>C# literals for values from definitions.</summary>
    internal static class CSharpLiteral
    {
        /// <summary>A regular string literal that means exactly <paramref name="value"/>, or <c>null</c>.</summary>
        /// <remarks>Quoting is the expression printer's, so literals in rules and elsewhere are spelt alike.</remarks>
        public static string String(string? value) => value == null ? "null" : CSharpPrinter.Quote(value);
    }
}
