using System;
using System.IO;
using System.Linq;
using FormFactory.Cli.Tests.Support;
using FormFactory.Definitions.Diagnostics;

namespace FormFactory.Cli.Tests
{
    /// <summary>
    /// Issue 18, item 7: property names, ids and file names with line breaks and control characters reach the text
    /// output of <c>validate</c> and <c>build</c> escaped, so a definition cannot print a line a build server reads
    /// as its own annotation (<c>::error …</c>, <c>##vso[…]</c>).
    /// </summary>
    public class TextOutputCannotForgeLinesTests
    {
        /// <summary>A service with a forged line in a property name, a bidirectional override in another, and a file name with a line break.</summary>
        private static TempCatalog Hostile()
        {
            string form = Samples.Form.Replace("\"maxLength\": 100", "\"maxLength\": 100, \"x\\n::error file=ci.yml,line=1::forged\": 1, \"y\\u202e\\u2028##vso[task.complete result=Failed]\\u0007\": 2");
            var catalog = TempCatalog.Clean().File("services/hundAnmelden.form.json", form);
            if (!OperatingSystem.IsWindows()) // Windows cannot hold a line break in a file name
                catalog.File("services/a\n##vso[task.setvariable variable=x]b\r::warning::c.codelist.json", "{ \"id\": \"b\", \"version\": \"1\", \"values\": [ { \"code\": \"a\", \"label\": \"A\" } ] }");
            return catalog;
        }

        [Fact]
        public void ValidateEscapesControlCharactersInPropertyAndFileNames()
        {
            using var catalog = Hostile();
            var result = Tool.Run("validate", catalog.Folder);
            Assert.True(result.ExitCode == 1, result.ToString());
            AssertNoForgedLine(result);
            Assert.Contains(result.Lines, l => l.Contains("Unknown property 'x\\n::error file=ci.yml,line=1::forged'", StringComparison.Ordinal));
            Assert.Contains(result.Lines, l => l.Contains("'y\\u202E\\u2028##vso[task.complete result=Failed]\\u0007'", StringComparison.Ordinal));
            if (!OperatingSystem.IsWindows())
                Assert.Contains(result.Lines, l => l.Contains("a\\n##vso[task.setvariable variable=x]b\\r::warning::c.codelist.json(", StringComparison.Ordinal));
        }

        [Fact]
        public void BuildEscapesControlCharactersInPropertyAndFileNames()
        {
            using var catalog = Hostile();
            var result = Tool.Run("build", catalog.Folder, "--out", Path.Combine(catalog.Parent, "out"));
            Assert.True(result.ExitCode == 1, result.ToString());
            AssertNoForgedLine(result);
            Assert.Contains(result.ErrorLines, l => l.Contains("'x\\n::error file=ci.yml,line=1::forged'", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("a\nb", "a\\nb")]
        [InlineData("a\r\nb\tc", "a\\r\\nb\\tc")]
        [InlineData("\u001b[31mred", "\\u001B[31mred")]
        [InlineData("next\u0085line\u2028and\u2029para", "next\\u0085line\\u2028and\\u2029para")]
        [InlineData("\u202Egnp.exe\u2066\u2069\u200F", "\\u202Egnp.exe\\u2066\\u2069\\u200F")]
        [InlineData("Straße 'ä' \\d+", "Straße 'ä' \\d+")]
        public void PrintableTextEscapesEveryLineBreakControlAndBidiCharacter(string text, string expected) =>
            Assert.Equal(expected, PrintableText.Escape(text));

        private static void AssertNoForgedLine(CliResult result)
        {
            // Split on every character a terminal or a build server might take for a line break.
            var lines = (result.Stdout + "\n" + result.Stderr).Split('\n', '\r', '\u0085', '\u2028', '\u2029');
            Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("::", StringComparison.Ordinal) || l.TrimStart().StartsWith("##vso", StringComparison.Ordinal));
            Assert.DoesNotContain(result.Stdout + result.Stderr, c => c != '\n' && c != '\r' && PrintableText.NeedsEscape(c));
        }
    }
}
