using System;
using System.Linq;
using System.Threading;
using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Robustness
{
    /// <summary>Inputs the robustness runs found to break the core, kept as plain regression tests.</summary>
    public class HostileInputTests
    {
        private const string TwoFields = "[ { \"id\": \"a\", \"type\": \"text\", \"label\": \"A\" }, { \"id\": \"b\", \"type\": \"text\", \"label\": \"B\", \"visibleWhen\": \"{0}\" } ]";

        [Fact]
        public void LongOperatorChainIsASyntaxErrorNotAStackOverflow()
        {
            // Found by FORMFACTORY_FUZZ_SEED=2, binder mutation #4651 (FORMFACTORY_FUZZ_COUNT=4652): a visibleWhen of
            // 10,000 '1 + 1 + …' overflowed the stack while binding and took the whole process down.
            string chain = string.Join(" || ", Enumerable.Repeat("a == 'x'", 10_000));
            var d = new FormTestCase().Form("test", TwoFields.Replace("{0}", chain)).Diagnostics();
            var error = Assert.Single(d);
            Assert.Equal("FF0401", error.Id);
            Assert.Contains("more than 256 operators", error.Message);
        }

        [Fact]
        public void TheLargestAllowedExpressionBindsAndEvaluatesOnAOneMegabyteStack()
        {
            // 256 binary operators inside 60 parentheses and 3 negations: as deep as the parser lets a tree grow.
            string chain = string.Join(" || ", Enumerable.Repeat("a == 'x'", 128)) + " || a == 'y'";
            string deepest = new string('(', 60) + "!!!(" + chain.Substring(0, chain.LastIndexOf(" || ", StringComparison.Ordinal)) + ")" + new string(')', 60);
            Exception? failure = null;
            bool visible = false;
            var thread = new Thread(() =>
            {
                try
                {
                    var validator = new FormTestCase().Form("test", TwoFields.Replace("{0}", deepest)).Validator();
                    visible = validator.Validate("{ \"a\": \"x\", \"b\": \"kept\" }").KeptJson.Contains("kept");
                }
                catch (Exception e) { failure = e; }
            }, maxStackSize: 1024 * 1024);
            thread.Start();
            thread.Join();
            Assert.Null(failure);
            Assert.False(visible); // !!!(true) is false: b is hidden and dropped
        }

        [Fact]
        public void DuplicatePropertyKeepsTheServiceOutOfTheCatalog()
        {
            // Found by seed 20261123, binder mutation #347 (a repeated piece of text): the error was reported, yet the service was in the model.
            var result = new FormTestCase()
                .File("services/test.form.json", "{ \"id\": \"test\", \"title\": \"Test\", \"title\": \"Noch einmal\", \"steps\": [ { \"id\": \"s\", \"title\": \"S\", \"fields\": [ { \"id\": \"a\", \"type\": \"text\", \"label\": \"A\" } ] } ] }")
                .Bind();
            Assert.Equal("FF0002", Assert.Single(result.Diagnostics).Id);
            Assert.Empty(result.Catalog.Forms);
        }

        [Fact]
        public void BlocksThatIncludeABlockTwiceCannotStallTheBinder()
        {
            // Found while testing robustness: 16 such blocks took 25 s to bind, and each further block doubles that.
            var catalog = new FormTestCase();
            const int levels = 20; // without a limit, 2^20 fields: minutes
            for (int i = 0; i < levels; i++)
                catalog.Block("b" + i, i == levels - 1
                    ? "[ { \"id\": \"x\", \"type\": \"text\", \"label\": \"X\" } ]"
                    : $"[ {{ \"id\": \"links\", \"block\": \"b{i + 1}\" }}, {{ \"id\": \"rechts\", \"block\": \"b{i + 1}\" }} ]");
            catalog.Form("test", "[ { \"id\": \"alles\", \"block\": \"b0\" } ]");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var result = catalog.Bind();
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
            Assert.Empty(result.Catalog.Forms);
            Assert.Contains(result.Diagnostics, d => d.Id == "FF0311" && d.Message.Contains("more than 5000"));
            Assert.All(result.Diagnostics, d => Assert.Equal("FF0311", d.Id));
        }

        [Theory]
        [InlineData("{ \"id\": \"t\", \"type\": \"text\", \"label\": \"T\" }", "\"\\ud800\"")]
        [InlineData("{ \"id\": \"t\", \"type\": \"iban\", \"label\": \"T\" }", "\"DE\\udc00\"")]
        [InlineData("{ \"id\": \"t\", \"type\": \"date\", \"label\": \"T\" }", "\"\\udbff\"")]
        [InlineData("{ \"id\": \"t\", \"type\": \"choice\", \"codeList\": \"farbe\", \"label\": \"T\" }", "\"rot\\ud800\"")]
        [InlineData("{ \"id\": \"t\", \"type\": \"multiChoice\", \"codeList\": \"farbe\", \"label\": \"T\" }", "[\"rot\", \"\\udfff\"]")]
        [InlineData("{ \"id\": \"t\", \"type\": \"file\", \"label\": \"T\" }", "{ \"name\": \"a\\ud800.pdf\", \"mediaType\": \"application/pdf\", \"size\": 1, \"sha256\": \"" + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" + "\" }")]
        public void UnpairedSurrogateInASubmissionIsAFormatError(string field, string value)
        {
            // Found by seed 20261123, submission #1: JSON allows "\ud800", .NET cannot make a string of it, and validation threw.
            var validator = new FormTestCase().CodeList("farbe", "rot", "blau").Form("test", "[" + field + "]").Validator();
            var result = validator.Validate("{ \"t\": " + value + " }");
            var error = Assert.Single(result.Errors);
            Assert.Equal(("t", "format"), (error.Path, error.Code));
        }
    }
}
