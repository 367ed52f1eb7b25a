using System.IO;
using FormFactory.Definitions.Diagnostics;

namespace FormFactory.Cli.Output
{
    /// <summary>
    /// The one way the command line prints a line of text: whatever came from a definition, a file name or an
    /// exception's message is escaped (<see cref="PrintableText.Escape"/>), so no input can print a line of its own
    /// that a build server takes for an annotation (<c>::error …</c>, <c>##vso[…]</c>). JSON and SARIF escape themselves.
    /// </summary>
    internal static class EscapedLines
    {
        /// <summary>Writes <paramref name="line"/> as one line, its control characters escaped.</summary>
        public static void WriteEscapedLine(this TextWriter writer, string line) => writer.WriteLine(PrintableText.Escape(line));
    }
}
