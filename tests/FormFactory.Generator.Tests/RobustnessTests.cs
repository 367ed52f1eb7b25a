using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using FormFactory.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FormFactory.Generator.Tests
{
    /// <summary>No input may crash the generator, and whatever it writes must at least be well-formed C#.</summary>
    public class RobustnessTests
    {
        private const int Mutations = 50;
        private static readonly string[] Hostile = { "<", "&", ">", "\\\"", "\\\\", "\\n", "\\u2028", "*/", "{0}", "</summary>", "ä", "\\u0000", " ", "-", "1" };

        [Fact]
        public void MutatedDefinitionsNeverCrashTheGeneratorNorBreakItsOutput()
        {
            // One service with everything it uses keeps each run short; mutations still reach forms, blocks and code lists.
            var originals = SampleCatalog.Texts()
                .Where(t => !t.Path.Contains("/services/") || t.Path.EndsWith("/hundAnmelden.form.json", StringComparison.Ordinal))
                .Where(t => !t.Path.Contains("/tenants/"))
                .ToList();
            var random = new Random(20260105);
            var compilation = GeneratorHarness.Compilation(references: Array.Empty<MetadataReference>());
            var driver = GeneratorHarness.Driver(originals).RunGenerators(compilation);
            var checkedSources = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < Mutations; i++)
            {
                int target = random.Next(originals.Count);
                var text = originals[target].GetText()!.ToString();
                var mutated = new InMemoryAdditionalText(originals[target].Path, Mutate(text, random));
                var run = driver.ReplaceAdditionalText(originals[target], mutated).RunGenerators(compilation).GetRunResult().Results.Single();

                Assert.True(run.Exception == null, $"Mutation {i} of {mutated.Path} crashed the generator: {run.Exception}");
                Assert.DoesNotContain(run.Diagnostics, d => d.Id == "FF0602");
                foreach (var source in run.GeneratedSources)
                {
                    // Most mutations leave most files as they were; parse each distinct text once.
                    if (!checkedSources.Add(source.SourceText.ToString())) continue;
                    var errors = CSharpSyntaxTree.ParseText(source.SourceText, GeneratorHarness.ParseOptions).GetDiagnostics().ToList();
                    Assert.True(errors.Count == 0, $"Mutation {i} of {mutated.Path} made {source.HintName} malformed:\n{string.Join("\n", errors)}\n{mutated.GetText()}");
                }
            }
        }

        [Fact]
        public void AFileWithoutTextIsReportedNotFatal()
        {
            var run = GeneratorHarness.Run(new AdditionalText[] { new UnreadableText("definitions/services/weg.form.json") });

            var d = Assert.Single(run.Diagnostics);
            Assert.Equal("FF0006", d.Id);
            Assert.Equal("definitions/services/weg.form.json", d.Location.GetLineSpan().Path);
        }

        private static string Mutate(string text, Random random)
        {
            int at = random.Next(text.Length);
            switch (random.Next(4))
            {
                case 0: // cut a piece out
                    return text.Remove(at, Math.Min(random.Next(1, 40), text.Length - at));
                case 1: // structural noise
                    return text.Insert(at, "{}[],:\"".Substring(random.Next(7), 1));
                default: // hostile characters inside a string value, where they survive parsing
                    int quote = text.IndexOf("\": \"", at, StringComparison.Ordinal);
                    if (quote < 0) return text;
                    return text.Insert(quote + 4, Hostile[random.Next(Hostile.Length)] + Hostile[random.Next(Hostile.Length)]);
            }
        }

        private sealed class UnreadableText : AdditionalText
        {
            public UnreadableText(string path) => Path = path;
            public override string Path { get; }
            public override SourceText? GetText(CancellationToken cancellationToken = default) => null;
        }
    }
}
