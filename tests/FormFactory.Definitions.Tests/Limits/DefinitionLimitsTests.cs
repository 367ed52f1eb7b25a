using System;
using System.Linq;
using System.Text;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Tests.Support;
using FormFactory.Runtime;

namespace FormFactory.Definitions.Tests.Limits
{
    /// <summary>
    /// Issue 18, item 2: what validate accepts, build can build in bounded time and memory. Sizes are bounded by
    /// documented limits with diagnostics, and every binding pass is proven linear by counting its steps.
    /// </summary>
    public class DefinitionLimitsTests
    {
        private static string TextField(string id, string? visibleWhen = null) =>
            "{ \"id\": \"" + id + "\", \"type\": \"text\", \"label\": \"L\"" + (visibleWhen == null ? "" : ", \"visibleWhen\": \"" + visibleWhen + "\"") + " }";

        private static string Fields(int n, Func<int, string> field) => "[" + string.Join(",", Enumerable.Range(0, n).Select(field)) + "]";

        /// <summary>Binding steps for <paramref name="fields"/>, asserting the form binds clean.</summary>
        private static long StepsToBind(string fields)
        {
            var catalog = new FormTestCase().Form("test", fields);
            WorkCounter.Reset();
            catalog.BoundForm();
            return WorkCounter.Steps;
        }

        private static void AssertLinear(Func<int, string> definition, int n)
        {
            long small = StepsToBind(definition(n)), large = StepsToBind(definition(4 * n));
            Assert.True(large <= 5 * small, $"binding {n} fields took {small} steps, {4 * n} fields took {large}: not linear");
        }

        [Fact]
        public void EveryBindingPassIsLinearInTheFormSize_VisibilityChain()
        {
            // Each field visible while the one before is not 'x' (in chains of 100, below the chain limit): resolving
            // each reference scanned all siblings.
            AssertLinear(n => Fields(n, i => TextField("f" + i, i % 100 == 0 ? null : $"f{i - 1} != 'x'")), 300);
        }

        [Fact]
        public void EveryBindingPassIsLinearInTheFormSize_ManyReadersOfOneLargeGroup()
        {
            // n fields read a group of n fields: the visibility analysis copied the group's descendants for each reader.
            AssertLinear(n =>
                "[ { \"id\": \"g\", \"type\": \"group\", \"label\": \"G\", \"required\": false, \"fields\": " + Fields(n, i => TextField("x" + i)) + " },"
                + string.Join(",", Enumerable.Range(0, n).Select(i => TextField("r" + i, "!isEmpty(g)"))) + " ]", 300);
        }

        [Fact]
        public void FieldsPerFormAreLimitedAfterInclusion_ALongFormWithoutBlocks()
        {
            var d = new FormTestCase().Form("test", Fields(DefinitionLimits.MaxFieldsPerForm + 1, i => TextField("f" + i))).Diagnostics();
            var error = Assert.Single(d);
            Assert.Equal("FF0311", error.Id);
            Assert.Contains("more than 5000", error.Message);
        }

        [Fact]
        public void FieldsPerFormAreLimitedAfterInclusion_ABlockIncludedTwice()
        {
            var result = new FormTestCase()
                .Block("gross", Fields(3000, i => TextField("f" + i)))
                .Form("test", "[ { \"id\": \"a\", \"block\": \"gross\" }, { \"id\": \"b\", \"block\": \"gross\" } ]")
                .Bind();
            Assert.Empty(result.Catalog.Forms);
            var error = Assert.Single(result.Diagnostics);
            Assert.Equal("FF0311", error.Id);
            Assert.Equal("services/test.form.json", error.Location.Path);
        }

        [Fact]
        public void FieldsPerFormAtTheLimitBind()
        {
            var form = new FormTestCase().Form("test", Fields(DefinitionLimits.MaxFieldsPerForm, i => TextField("f" + i))).BoundForm();
            Assert.Equal(DefinitionLimits.MaxFieldsPerForm, form.Steps[0].Fields.Count);
        }

        [Fact]
        public void NestedRepeatMinimumsCannotMultiplyThePage()
        {
            // About 300 bytes: 100 × 100 × 100 entries of one field rendered a page of gigabytes.
            string Repeated(string id, string inner) =>
                "{ \"id\": \"" + id + "\", \"type\": \"group\", \"label\": \"G\", \"repeat\": { \"min\": 100 }, \"fields\": [ " + inner + " ] }";
            var catalog = new FormTestCase().FormLines(Repeated("a", Repeated("b", Repeated("c", TextField("x")))));
            var error = catalog.ExpectOnlyDiagnostic("FF0312", 4, 55);
            Assert.Contains("1,040,604 fields", error.Message);
            Assert.Contains("at most 20,000", error.Message);
        }

        [Fact]
        public void RepeatMaximumsUpToTenAreRenderedAndCount()
        {
            // max ≤ 10: every slot is rendered for use without the script, so max (not min) multiplies.
            string Repeated(string id, string inner) =>
                "{ \"id\": \"" + id + "\", \"type\": \"group\", \"label\": \"G\", \"repeat\": { \"max\": 10 }, \"fields\": [ " + inner + " ] }";
            string five = Repeated("a", Repeated("b", Repeated("c", Repeated("d", Repeated("e", TextField("x"))))));
            Assert.Contains(new FormTestCase().Form("test", "[" + five + "]").Diagnostics(), d => d.Id == "FF0312");
            string four = Repeated("a", Repeated("b", Repeated("c", Repeated("d", TextField("x")))));
            new FormTestCase().Form("test", "[" + four + "]").BoundForm();
        }

        [Fact]
        public void ChoicesCountTowardsTheRenderedSize()
        {
            var codes = Enumerable.Range(0, 5000).Select(i => "c" + i).ToArray();
            var catalog = new FormTestCase().CodeList("viele", codes)
                .Form("test", "[ { \"id\": \"g\", \"type\": \"group\", \"label\": \"G\", \"repeat\": { \"min\": 50 }, \"fields\": [ { \"id\": \"w\", \"type\": \"choice\", \"label\": \"W\", \"codeList\": \"viele\" } ] } ]");
            Assert.Equal("FF0312", Assert.Single(catalog.Diagnostics()).Id);
        }

        [Fact]
        public void CodeListsAreLimited()
        {
            // The full form of the shortened example in docs/diagnostics.md, which must show the real message.
            string values = string.Join(", ", Enumerable.Range(0, DefinitionLimits.MaxCodeListValues + 1).Select(i => $"{{ \"code\": \"c{i}\", \"label\": \"C{i}\" }}"));
            var result = new FormTestCase().File("codelists/alles.codelist.json", "{ \"id\": \"alles\", \"values\": [ " + values + " ] }\n").Bind();
            var error = Assert.Single(result.Diagnostics);
            var documented = DiagnosticsDocument.Sections().Single(s => s.Id == "FF0313");
            Assert.Equal(Assert.Single(documented.Messages), error.ToString());
            Assert.Equal(DefinitionLimits.MaxCodeListValues, Assert.Single(result.Catalog.CodeLists).Values.Count);
        }

        /// <summary>n text fields, each visible while the next one (a later field) is not 'x'.</summary>
        private static string BackwardChain(int n) => Fields(n, i => TextField("f" + i, i == n - 1 ? null : $"f{i + 1} != 'x'"));

        [Fact]
        public void AVisibilityChainCannotOverflowTheValidatorsStack()
        {
            // Found for issue 18: 5,000 fields each reading the next passed validate, and validating a submission then
            // recursed 5,000 deep and took the process down with a stack overflow.
            var error = Assert.Single(new FormTestCase().Form("test", BackwardChain(DefinitionLimits.MaxFieldsPerForm)).Diagnostics());
            Assert.Equal("FF0315", error.Id);
            Assert.Contains("'f0' → 'f1' → 'f2'", error.Message);
            Assert.Equal(1, error.Location.Line);
        }

        [Fact]
        public void TheLongestAllowedVisibilityChainValidatesOnAOneMegabyteStack()
        {
            var validator = new FormTestCase().Form("test", BackwardChain(DefinitionLimits.MaxVisibilityChain)).Validator();
            Exception? failure = null;
            bool valid = false;
            var thread = new System.Threading.Thread(() =>
            {
                try { valid = validator.Validate("{ \"f0\": \"a\" }").IsValid; }
                catch (Exception e) { failure = e; }
            }, maxStackSize: 1024 * 1024);
            thread.Start();
            thread.Join();
            Assert.Null(failure);
            Assert.True(valid);
            Assert.Equal("FF0315", Assert.Single(new FormTestCase().Form("test", BackwardChain(DefinitionLimits.MaxVisibilityChain + 1)).Diagnostics()).Id);
        }

        [Fact]
        public void TheDocumentedVisibilityChainExampleShowsTheRealMessage()
        {
            // The full form of the shortened FF0315 example in docs/diagnostics.md.
            var lines = Enumerable.Range(0, 200).Select(i => $"    {{ \"id\": \"f{i}\", \"type\": \"text\", \"label\": \"F{i}\", \"visibleWhen\": \"f{i + 1} != 'x'\" }}")
                .Append("    { \"id\": \"f200\", \"type\": \"text\", \"label\": \"F200\" }");
            string text = "{\n  \"id\": \"kette\", \"title\": \"Kette\",\n  \"steps\": [ { \"id\": \"s\", \"title\": \"S\", \"fields\": [\n" + string.Join(",\n", lines) + "\n  ] } ]\n}\n";
            var error = Assert.Single(new FormTestCase().File("services/kette.form.json", text).Diagnostics());
            var documented = DiagnosticsDocument.Sections().Single(s => s.Id == "FF0315");
            Assert.Equal(Assert.Single(documented.Messages), error.ToString());
        }
    }
}
