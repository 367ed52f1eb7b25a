using System;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace FormFactory.Runtime
{
    /// <summary>
    /// How a field's <c>pattern</c> is matched, in one place for the reference validator and generated validators:
    /// anchored at both ends, with ECMAScript semantics as in the browser, and with a timeout so a hostile pattern
    /// cannot hang the server.
    /// </summary>
    public static class Patterns
    {
        /// <summary>How long one match may take before the value is treated as not matching.</summary>
        public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

        /// <summary>
        /// ECMAScript semantics, as in the browser: <c>\d</c> is <c>[0-9]</c> and <c>\w</c> is <c>[A-Za-z0-9_]</c>, not
        /// every Unicode digit and letter as .NET reads them by default. <c>CultureInvariant</c> is left out on
        /// purpose: it only affects case-insensitive matching, which definitions cannot ask for, and .NET Framework
        /// (where the compiler may load this library) rejects it together with <c>ECMAScript</c>.
        /// </summary>
        public const RegexOptions Options = RegexOptions.ECMAScript;

        private static readonly ConcurrentDictionary<string, Regex> Cache = new ConcurrentDictionary<string, Regex>(StringComparer.Ordinal);

        /// <summary>
        /// The pattern that matches the whole value: <c>^(?:pattern)\z</c>. <c>\z</c>, not <c>$</c>: in .NET
        /// <c>$</c> also matches before a final newline, so <c>"12345\n"</c> would pass <c>[0-9]{5}</c>.
        /// </summary>
        public static string Anchor(string pattern) => "^(?:" + pattern + ")\\z";

        /// <summary>A regular expression that matches the whole value against <paramref name="pattern"/>.</summary>
        public static Regex Compile(string pattern) => new Regex(Anchor(pattern), Options, MatchTimeout);

        /// <summary>True when <paramref name="regex"/> (from <see cref="Compile"/>) matches <paramref name="value"/>; a timeout counts as no match.</summary>
        public static bool IsMatch(Regex regex, string value)
        {
            try
            {
                return regex.IsMatch(value);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        /// <summary>True when the whole of <paramref name="value"/> matches <paramref name="pattern"/>, compiling each pattern once.</summary>
        public static bool Matches(string pattern, string value) => IsMatch(Cache.GetOrAdd(pattern, Compile), value);
    }
}
