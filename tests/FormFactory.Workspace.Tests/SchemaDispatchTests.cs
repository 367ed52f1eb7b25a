using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FormFactory.Definitions;
using FormFactory.Definitions.Tests.Support;
using NJsonSchema.Validation;

namespace FormFactory.Workspace.Tests
{
    /// <summary>
    /// The schema check's shortcut for <c>oneOf</c> must not change a single reported error: on every sample file and
    /// on broken variants of them, it reports what NJsonSchema's own validator reports, error by error, nested
    /// branch errors included.
    /// </summary>
    public class SchemaDispatchTests
    {
        /// <summary>Edits that break a definition in the ways designers do (first occurrence only).</summary>
        internal static readonly (string From, string To)[] Breakages =
        {
            ("\"type\": \"text\"", "\"type\": \"integer\""),
            ("\"type\": \"group\"", "\"type\": \"choice\""),
            ("\"type\": \"choice\"", "\"type\": \"textarea\""),
            ("\"type\": \"date\"", "\"type\": \"datum\""),
            ("\"label\": ", "\"labl\": "),
            ("\"label\": {", "\"label\": {\"deu\": \"x\", "),
            ("\"label\": \"", "\"label\": 5, \"hint\": \""),
            ("\"required\": true", "\"required\": \"ja\""),
            ("\"fields\": [", "\"repeat\": { \"min\": 1 }, \"fields\": ["),
            ("\"codeList\": ", "\"codelist\": "),
            ("\"block\": ", "\"block\": 1, \"type\": \"text\", \"x\": "),
        };

        public static TheoryData<string> SampleFiles()
        {
            var data = new TheoryData<string>();
            foreach (var file in DefinitionFolder.Read(Definitions).Files.Where(f => f.Kind != DefinitionFileKind.Unknown))
                data.Add(Path.GetRelativePath(Definitions, file.Path));
            return data;
        }

        [Theory]
        [MemberData(nameof(SampleFiles))]
        public void ReportsExactlyWhatNJsonSchemaReports(string relativePath)
        {
            string text = File.ReadAllText(Path.Combine(Definitions, relativePath));
            var schema = SchemaChecker.SchemaFor(DefinitionFile.KindOf(relativePath));
            var variants = new[] { text }.Concat(Breakages.Where(b => text.Contains(b.From)).Select(b => ReplaceFirst(text, b.From, b.To)));
            foreach (var variant in variants)
            {
                var stock = Describe(new JsonSchemaValidator().Validate(variant, schema));
                var fast = Describe(new OneOfDispatchingValidator().Validate(variant, schema));
                Assert.Equal(stock, fast);
            }
        }

        [Fact]
        public void BrokenVariantsAreReallyBroken()
        {
            // Guards the test above against comparing nothing but empty lists.
            var form = File.ReadAllText(Path.Combine(Definitions, "services", "hundAnmelden.form.json"));
            var schema = SchemaChecker.SchemaFor(DefinitionFileKind.Form);
            int broken = Breakages.Where(b => form.Contains(b.From)).Count(b => new JsonSchemaValidator().Validate(ReplaceFirst(form, b.From, b.To), schema).Count > 0);
            Assert.True(broken >= 6, $"only {broken} breakages make hundAnmelden invalid");
        }

        internal static string ReplaceFirst(string text, string from, string to)
        {
            int at = text.IndexOf(from, StringComparison.Ordinal);
            return text.Substring(0, at) + to + text.Substring(at + from.Length);
        }

        private static string Describe(IEnumerable<ValidationError> errors)
        {
            var text = new StringBuilder();
            void Write(IEnumerable<ValidationError> list, int depth)
            {
                foreach (var e in list)
                {
                    text.Append(' ', depth * 2).Append(e.Kind).Append(' ').Append(e.Path).Append(' ').Append(e.Property)
                        .Append(' ').Append(e.LineNumber).Append(':').Append(e.LinePosition).Append('\n');
                    if (e is ChildSchemaValidationError child)
                        foreach (var branch in child.Errors) Write(branch.Value, depth + 1);
                }
            }
            Write(errors, 0);
            return text.ToString();
        }

        private static string Definitions => RepositoryPaths.Definitions;
    }
}
