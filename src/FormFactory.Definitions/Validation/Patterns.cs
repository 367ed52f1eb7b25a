using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Syntax;

namespace FormFactory.Definitions.Validation
{
    /// <summary>
    /// Field patterns: checked against the pattern dialect when a definition is bound (a real parser,
    /// <see cref="Runtime.Patterns.Check"/>). Matching lives in FormFactory.Runtime, shared with generated validators and
    /// the browser.
    /// </summary>
    public static class Patterns
    {
        /// <summary>Reports FF0301, FF0302 or FF0314 for <paramref name="pattern"/>; true when it can be used.</summary>
        public static bool Check(JsonStringSyntax pattern, DiagnosticBag diagnostics)
        {
            var problem = Runtime.Patterns.Check(pattern.Value);
            if (problem == null) return true;
            var location = pattern.LocationOf(problem.Index, problem.Length);
            if (problem.IsSyntaxError) diagnostics.Report(DiagnosticDescriptors.InvalidRegex, location, problem.Advice);
            else if (problem.Advice == Runtime.Patterns.TooLarge) diagnostics.Report(DiagnosticDescriptors.PatternTooLarge, pattern.Location, Runtime.Patterns.MaxSteps);
            else diagnostics.Report(DiagnosticDescriptors.NonPortableRegex, location, problem.Construct, problem.Advice);
            return false;
        }

        /// <summary>
        /// What FF0301, FF0302 or FF0314 would say about <paramref name="pattern"/>, or null when it can be used; for tools
        /// that write definitions (importers) and want to keep only patterns every back end reads alike.
        /// </summary>
        public static string? Problem(string pattern)
        {
            var diagnostics = new DiagnosticBag();
            string json = System.Text.Json.JsonSerializer.Serialize(pattern);
            if (JsonSyntaxParser.Parse(new SourceText("pattern", json), diagnostics) is not JsonStringSyntax syntax) return "it cannot be read";
            return Check(syntax, diagnostics) ? null : diagnostics.Items[diagnostics.Items.Count - 1].Message;
        }

        /// <summary>True when the whole of <paramref name="value"/> matches <paramref name="pattern"/>.</summary>
        public static bool Matches(string pattern, string value) => Runtime.Patterns.Matches(pattern, value);
    }
}
