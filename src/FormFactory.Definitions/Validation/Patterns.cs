using System;
using System.Text.RegularExpressions;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Syntax;

namespace FormFactory.Definitions.Validation
{
    /// <summary>
    /// Field patterns: checked for validity and portability when a definition is bound. Matching lives in
    /// FormFactory.Runtime (<see cref="Runtime.Patterns"/>), shared with generated validators.
    /// </summary>
    public static class Patterns
    {
        private static readonly (string Token, string Advice)[] NonPortable =
        {
            ("(?i", "list both cases instead, e.g. [Aa]"),
            ("(?m", "patterns always match the whole value"),
            ("(?s", "use [\\s\\S] for any character"),
            ("(?x", "write the pattern without free spacing"),
            ("(?n", "use (?: ) for groups that do not capture"),
            ("(?>", "atomic groups exist only in .NET"),
            ("(?#", "comments exist only in .NET"),
            ("\\A", "use ^ (the whole value is matched anyway)"),
            ("\\Z", "use $ (the whole value is matched anyway)"),
            ("\\z", "use $ (the whole value is matched anyway)"),
            ("\\G", "\\G exists only in .NET"),
            ("*+", "possessive quantifiers exist in neither"),
            ("++", "possessive quantifiers exist in neither"),
            ("?+", "possessive quantifiers exist in neither"),
            ("(?<=", "lookbehind behaves differently in older browsers; rephrase without it"),
            ("(?<!", "lookbehind behaves differently in older browsers; rephrase without it"),
            ("\\p{", "Unicode classes need different flags in browsers; list the characters"),
            ("\\P{", "Unicode classes need different flags in browsers; list the characters"),
        };

        /// <summary>Reports FF0301 or FF0302 for <paramref name="pattern"/>; true when it can be used.</summary>
        public static bool Check(JsonStringSyntax pattern, DiagnosticBag diagnostics)
        {
            string p = pattern.Value;
            foreach (var (token, advice) in NonPortable)
            {
                int index = IndexOfUnescaped(p, token);
                if (index >= 0)
                {
                    diagnostics.Report(DiagnosticDescriptors.NonPortableRegex, pattern.LocationOf(index, token.Length), token, advice);
                    return false;
                }
            }
            try
            {
                _ = new Regex(p, Runtime.Patterns.Options, Runtime.Patterns.MatchTimeout);
                return true;
            }
            catch (ArgumentException e)
            {
                diagnostics.Report(DiagnosticDescriptors.InvalidRegex, pattern.Location, Shorten(e.Message));
                return false;
            }
        }

        /// <summary>
        /// What FF0301 or FF0302 would say about <paramref name="pattern"/>, or null when it can be used; for tools that
        /// write definitions (importers) and want to keep only patterns every back end reads alike.
        /// </summary>
        public static string? Problem(string pattern)
        {
            var diagnostics = new DiagnosticBag();
            string json = System.Text.Json.JsonSerializer.Serialize(pattern);
            if (JsonSyntaxParser.Parse(new SourceText("pattern", json), diagnostics) is not JsonStringSyntax syntax) return "it cannot be read";
            return Check(syntax, diagnostics) ? null : diagnostics.Items[diagnostics.Items.Count - 1].Message;
        }

        /// <summary>True when the whole of <paramref name="value"/> matches <paramref name="pattern"/>; a timeout counts as no match.</summary>
        public static bool Matches(string pattern, string value) => Runtime.Patterns.Matches(pattern, value);

        private static int IndexOfUnescaped(string pattern, string token)
        {
            int from = 0;
            while (true)
            {
                int i = pattern.IndexOf(token, from, StringComparison.Ordinal);
                if (i < 0) return -1;
                int backslashes = 0;
                for (int j = i - 1; j >= 0 && pattern[j] == '\\'; j--) backslashes++;
                bool tokenStartsWithBackslash = token[0] == '\\';
                if (tokenStartsWithBackslash ? backslashes % 2 == 0 : backslashes % 2 == 0) return i;
                from = i + 1;
            }
        }

        private static string Shorten(string message)
        {
            int cut = message.IndexOf(" - ", StringComparison.Ordinal);
            string m = cut >= 0 ? message.Substring(cut + 3) : message;
            return m.TrimEnd('.');
        }
    }
}
