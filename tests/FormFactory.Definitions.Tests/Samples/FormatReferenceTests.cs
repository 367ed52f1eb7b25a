using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.FieldTypes;
using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Samples
{
    /// <summary>
    /// The repository's own docs are the complete reference of the format: a designer with only a clone finds
    /// every property, check, function and vocabulary word there, and no page sends them to a file outside it.
    /// </summary>
    public class FormatReferenceTests
    {
        private static string Docs => Path.Combine(RepositoryPaths.Root, "docs");

        private static readonly Lazy<string> Reference = new(() => File.ReadAllText(Path.Combine(Docs, "definition-format.md")));

        [Fact]
        public void NoPageReferencesAContractOutsideTheRepository()
        {
            var pages = Directory.GetFiles(Docs, "*.md").Append(Path.Combine(RepositoryPaths.Root, "README.md"));
            var offending = pages.Where(p => File.ReadAllText(p).Contains("shared/spec", StringComparison.Ordinal)).Select(Path.GetFileName).ToList();
            Assert.True(offending.Count == 0, "These pages send the reader to shared/spec: " + string.Join(", ", offending));
        }

        [Fact]
        public void EveryPropertyOfEverySchemaIsDocumented()
        {
            var missing = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var schema in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "definitions", "schema"), "*.schema.json"))
            {
                using var json = JsonDocument.Parse(File.ReadAllText(schema));
                foreach (var property in Properties(json.RootElement))
                    if (!Reference.Value.Contains("`" + property + "`", StringComparison.Ordinal)) missing.Add(Path.GetFileName(schema) + ": " + property);
            }
            Assert.True(missing.Count == 0, "Not in docs/definition-format.md: " + string.Join(", ", missing));
        }

        [Fact]
        public void EveryFieldTypeFunctionCheckAndVocabularyWordIsDocumented()
        {
            var words = FieldTypeRegistry.All.Select(t => t.Name)
                .Concat(new[] { "today()", "age(", "len(", "isEmpty(", "contains(", "count(", "sum(", "date(" })
                .Concat(new[] { "required", "pattern", "minLength", "maxLength", "min", "max", "scale", "codeList", "minItems", "maxItems", "accept", "maxSize", "format", "iban", "repeatMin", "repeatMax" })
                .Concat(Vocabulary.Statuses).Concat(Vocabulary.Priorities).Concat(Vocabulary.MunicipalityTypes).Concat(Vocabulary.SubmissionFormats);
            var missing = words.Where(w => !Reference.Value.Contains(w.EndsWith("(", StringComparison.Ordinal) || w.EndsWith(")", StringComparison.Ordinal) ? w : "`" + w + "`", StringComparison.Ordinal)).ToList();
            Assert.True(missing.Count == 0, "Not in docs/definition-format.md: " + string.Join(", ", missing));
        }

        [Fact]
        public void TheReferenceHasTheExpressionLanguageAndTheLimits()
        {
            foreach (var heading in new[] { "## Expressions", "## Submission data", "## Service file", "## Block file", "## Code list file", "## Tenant file", "## Factory settings", "## Vocabularies", "## Limits" })
                Assert.Contains("\n" + heading, Reference.Value);
        }

        private static IEnumerable<string> Properties(JsonElement node)
        {
            if (node.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in node.EnumerateArray())
                    foreach (var p in Properties(item)) yield return p;
                yield break;
            }
            if (node.ValueKind != JsonValueKind.Object) yield break;
            foreach (var member in node.EnumerateObject())
            {
                if (member.Name == "properties" && member.Value.ValueKind == JsonValueKind.Object)
                    foreach (var p in member.Value.EnumerateObject())
                    {
                        yield return p.Name;
                        foreach (var nested in Properties(p.Value)) yield return nested;
                    }
                else
                    foreach (var p in Properties(member.Value)) yield return p;
            }
        }
    }
}
