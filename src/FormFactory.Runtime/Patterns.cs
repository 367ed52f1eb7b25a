using System;
using System.Collections.Concurrent;
using FormFactory.Runtime.Matching;

namespace FormFactory.Runtime
{
    /// <summary>
    /// How a field's <c>pattern</c> is matched, in one place for the reference validator, generated validators and
    /// (through <see cref="PatternProgram.ToJson"/>) the browser: a pattern in the pattern dialect (docs/definition-format.md,
    /// "Pattern dialect") is compiled once to a <see cref="PatternProgram"/>, which matches the whole value in time
    /// linear in its length. ECMAScript meanings throughout: <c>\d</c> is <c>[0-9]</c>, <c>\s</c> the white space
    /// browsers know, <c>.</c> any character but a line terminator.
    /// </summary>
    public static class Patterns
    {
        private static readonly ConcurrentDictionary<string, PatternProgram> Cache = new ConcurrentDictionary<string, PatternProgram>(StringComparer.Ordinal);

        /// <summary>Why <paramref name="pattern"/> is not in the dialect, or null when it is.</summary>
        public static PatternProblem? Check(string pattern) => TryCompile(pattern, out _);

        /// <summary>The compiled <paramref name="pattern"/>; an <see cref="ArgumentException"/> when it is not in the dialect (validate reports that first).</summary>
        public static PatternProgram Compile(string pattern)
        {
            var problem = TryCompile(pattern, out var program);
            if (problem != null) throw new ArgumentException($"The pattern is not in the pattern dialect at {problem.Index}: '{problem.Construct}': {problem.Advice}.", nameof(pattern));
            return program!;
        }

        /// <summary>True when <paramref name="program"/> (from <see cref="Compile"/>) matches the whole of <paramref name="value"/>.</summary>
        public static bool IsMatch(PatternProgram program, string value) => program.Matches(value);

        /// <summary>True when the whole of <paramref name="value"/> matches <paramref name="pattern"/>, compiling each pattern once.</summary>
        public static bool Matches(string pattern, string value) => Cache.GetOrAdd(pattern, Compile).Matches(value);

        private static PatternProblem? TryCompile(string pattern, out PatternProgram? program)
        {
            program = null;
            var node = PatternParser.Parse(pattern, out var problem);
            if (node == null) return problem;
            long size = PatternCompiler.SizeOf(node);
            if (size > PatternCompiler.MaxInstructions)
                return new PatternProblem(0, pattern.Length, pattern, TooLarge, IsSyntaxError: false);
            program = PatternCompiler.Compile(node);
            return null;
        }

        /// <summary>The advice of a pattern that compiles to more than <see cref="MaxSteps"/> instructions (FF0314).</summary>
        public const string TooLarge = "it needs more than 2000 steps per character (counted repeats such as {500} count once per repetition); shorten it, or limit the length with maxLength";

        /// <summary>The most instructions a pattern may compile to: the work per character of a value.</summary>
        public const int MaxSteps = PatternCompiler.MaxInstructions;
    }
}
