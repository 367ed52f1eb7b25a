using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Validation
{
    /// <summary>
    /// Issue 18, item 3: patterns mean the same in .NET and in the browser, and cannot stall either. Every construct
    /// of the dialect gives the same verdicts on the server (Runtime.Patterns), in the browser library's matcher
    /// (formfactory-forms.js, in Node) and in the browser's own RegExp; everything else is refused at validate time.
    /// </summary>
    public class PatternDialectTests
    {
        /// <summary>Every construct the dialect accepts, and the sample catalog's patterns.</summary>
        private static readonly string[] Accepted =
        {
            "", "abc", "a|bc", "a|", "a?", "a*", "a+", "a{3}", "a{2,}", "a{1,3}", "a{0,2}b", "a*?", "a+?", "(ab)+", "(?:ab|c){2}", "()", "(a|)b",
            "[abc]", "[^abc]", "[a-z0-9]", "[-a]", "[a-]", "[.]", "[*+?{}()|$^]", "[\\]\\\\\\[\\-]", ".", ".+", "\\d+", "\\D", "\\w+", "\\W", "\\s", "\\S+",
            "[\\s\\d]", "[^\\s]", "[\\D]", "\\.", "\\\\", "\\-", "\\/", "\\{\\}\\(\\)\\[\\]\\|\\?\\*\\+\\^\\$", "\\u00e4", "\\u00A0", "\\x41", "\\n", "\\r\\n",
            "\\t", "\\f\\v", "[\\u2028\\u2029]", "^a$", "^a|b$", "^$", "(a*)*b", "(a|a)*b", "(a+)+", "ä😀", "😀+", "[ä-ü]+", "a.c", "[^a-z]", "[^\\n]*",
            "^([01][0-9]|2[0-3]):[0-5][0-9]$", "^(https?://)?[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(/\\S*)?$", "^HR[AB] ?[0-9]{1,6}( ?[A-Z]{1,2})?$",
            "^[1-9][0-9]{0,3} ?[a-zA-Z]?( ?[-/] ?[1-9][0-9]{0,3} ?[a-zA-Z]?)?$", "^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$", "^[A-Za-zÄÖÜäöüß .()-]+$",
            "^[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} ?[1-9][0-9]{0,3}[EH]?$", "^[^/ ]+/[^ ]+$", "^https?://[^/\\s]+",
            "[ab]*a[ab]{9}", // more deterministic states than the server tabulates: simulated on both sides
        };

        /// <summary>Values where the engines are known to differ (line terminators, no-break spaces, digits of other scripts, surrogates).</summary>
        private static readonly string[] Inputs =
        {
            "", "a", "b", "c", "ab", "abc", "bc", "aab", "aaa", "abab", "abcab", "x", "-", ".", "1", "123", "12:30", "24:00", "١٢٣", "_", " ", "\u00A0", "\u2028", "\u2029",
            "\n", "\r", "\r\n", "a\n", "\t", "\f\u000B", "\uFEFF", "\u3000", "\u1680", "\u0085", "ä", "Ä", "A", "é", "😀", "😀😀", "ä😀", "\\", "/", "{}()[]|?*+^$",
            "DA-AB 123", "ÖHR-X 1H", "https://example.org/a b", "example.org", "HRB 12345", "5a - 7b", "ABCDEF2A123", "Maria (Jg.)", "a/b", "aaaaaaaaaaaaaaaac", "bbabbbbbbbbb", "babbbbbbbbbbb",
        };

        [Fact]
        public void PatternsMeanTheSameInDotNetAndTheBrowser()
        {
            var programs = Accepted.Select(p => Runtime.Patterns.Compile(p).ToJson()).ToList();
            var server = Accepted.Select(p => Inputs.Select(v => Runtime.Patterns.Matches(p, v)).ToList()).ToList();
            var browser = RunInNode(Accepted, programs, Inputs);
            var mismatches = new List<string>();
            for (int i = 0; i < Accepted.Length; i++)
                for (int j = 0; j < Inputs.Length; j++)
                {
                    var (native, library) = browser[i][j];
                    if (native != server[i][j] || library != server[i][j])
                        mismatches.Add($"/{Accepted[i]}/ on {JsonSerializer.Serialize(Inputs[j])}: server {server[i][j]}, browser library {library}, browser RegExp {native}");
                }
            Assert.True(mismatches.Count == 0, mismatches.Count + " disagreements:\n" + string.Join("\n", mismatches.Take(20)));
        }

        [Theory]
        [InlineData("[a-z[aeiou]]", "[", 4, false)] // class subtraction in .NET's eyes ([a-z-[aeiou]])
        [InlineData("[a-z-[aeiou]]", "-", 4, false)]
        [InlineData("(?(a)b|c)", "(?(", 0, false)] // conditional (.NET only)
        [InlineData("(?<=a)b", "(?<", 0, false)] // lookbehind
        [InlineData("(?=a)a", "(?=", 0, false)] // lookahead: not linear
        [InlineData("(?<name>a)", "(?<", 0, false)] // named group
        [InlineData("(?i)abc", "(?i", 0, false)] // inline options
        [InlineData("(?>a+)b", "(?>", 0, false)] // atomic group
        [InlineData("(?#note)a", "(?#", 0, false)] // comment
        [InlineData("\\Aabc", "\\A", 0, false)]
        [InlineData("abc\\z", "\\z", 3, false)]
        [InlineData("a*+", "*+", 1, false)] // possessive
        [InlineData("\\p{L}+", "\\p", 0, false)] // Unicode category
        [InlineData("(a)\\1", "\\1", 3, false)] // back-reference
        [InlineData("\\bword\\b", "\\b", 0, false)]
        [InlineData("\\q", "\\q", 0, false)] // an escape one engine reads as a letter, the other refuses
        [InlineData("a{,3}", "{,", 1, false)]
        [InlineData("a{1001}", "1001", 2, false)]
        [InlineData("a]", "]", 1, false)]
        [InlineData("a}", "}", 1, false)]
        [InlineData("a$b", "$", 1, false)] // '$' before a final line feed in .NET
        [InlineData("a^b", "^", 1, false)]
        [InlineData("[]a]", "[]", 0, false)]
        [InlineData("[a-z-0]", "-", 4, false)]
        [InlineData("[\\d-z]", "-", 3, false)]
        [InlineData("a**", "*", 2, true)]
        [InlineData("(ab", "(", 0, true)]
        [InlineData("ab)", ")", 2, true)]
        [InlineData("[ab", "[", 0, true)]
        [InlineData("[z-a]", "z-a", 1, true)]
        [InlineData("a{3,1}", "{3,1}", 1, true)]
        [InlineData("*a", "*", 0, true)]
        [InlineData("a\\", "\\", 1, true)]
        public void PatternsOutsideTheDialectAreRefusedWhereTheyStand(string pattern, string construct, int index, bool syntax)
        {
            var problem = Runtime.Patterns.Check(pattern);
            Assert.NotNull(problem);
            Assert.Equal((construct, index, syntax), (problem!.Construct, problem.Index, problem.IsSyntaxError));
        }

        [Fact]
        public void ARefusedPatternIsReportedAtItsConstruct()
        {
            var d = new FormTestCase().FormLines("""    { "id": "a", "type": "text", "label": "A", "pattern": "[0-9]+(?<=5)" }""").ExpectOnlyDiagnostic("FF0302", 4, 66);
            Assert.Contains("'(?<'", d.Message);
            Assert.Contains("lookbehind", d.Message);
        }

        [Fact]
        public void APatternThatCompilesTooLargeIsRefused()
        {
            // 30 × {100}: 3,000 steps per character of a value.
            var d = new FormTestCase().FormLines("""    { "id": "a", "type": "text", "label": "A", "pattern": "(?:[a-z]{100}){30}" }""").ExpectOnlyDiagnostic("FF0314", 4, 59);
            Assert.Contains("2000 steps", d.Message);
        }

        private static List<List<(bool Native, bool Library)>> RunInNode(IReadOnlyList<string> patterns, IReadOnlyList<string> programs, IReadOnlyList<string> inputs)
        {
            const string Harness = """
                const fs = require('fs');
                globalThis.FormFactoryExpressions = { num: function () { return null; } };
                new Function(fs.readFileSync(process.argv[2], 'utf8')).call(globalThis);
                const match = globalThis.FormFactoryForms.internals.matchPattern;
                const input = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
                const out = input.patterns.map((p, i) => {
                  const native = new RegExp('^(?:' + p + ')$'), program = JSON.parse(input.programs[i]);
                  return input.inputs.map(v => [native.test(v), match(program, v)]);
                });
                process.stdout.write(JSON.stringify(out));
                """;
            string library = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "templates", "assets", "formfactory-forms.js"));
            string output = NodeRunner.Run(Harness, JsonSerializer.Serialize(new { patterns, programs, inputs }), ("formfactory-forms.js", library));
            return JsonSerializer.Deserialize<List<List<bool[]>>>(output)!.Select(row => row.Select(v => (v[0], v[1])).ToList()).ToList();
        }
    }
}
