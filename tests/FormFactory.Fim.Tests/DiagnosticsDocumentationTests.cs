using System;
using System.Collections.Generic;
using System.Linq;
using FormFactory.Fim.Tests.Support;

namespace FormFactory.Fim.Tests
{
    /// <summary>The FF07xx examples in docs/diagnostics.md produce exactly the messages printed under them.</summary>
    public class DiagnosticsDocumentationTests
    {
        /// <summary>A section of the document: its code, its <c>```xml path</c> files and its <c>```text</c> lines.</summary>
        private sealed record Section(string Id, List<(string Path, string Xml)> Files, List<string> Messages);

        private static List<Section> Sections()
        {
            var sections = new List<Section>();
            Section? current = null;
            string? fence = null;
            var block = new List<string>();
            foreach (var raw in RepositoryFiles.Doc("diagnostics.md").Replace("\r\n", "\n").Split('\n'))
            {
                if (fence != null)
                {
                    if (raw.TrimEnd() != "```") { block.Add(raw); continue; }
                    if (current != null && fence.StartsWith("xml ", StringComparison.Ordinal)) current.Files.Add((fence.Substring(4).Trim(), string.Join("\n", block) + "\n"));
                    else if (current != null && fence == "text") current.Messages.AddRange(block);
                    fence = null;
                    block.Clear();
                }
                else if (raw.StartsWith("```", StringComparison.Ordinal)) fence = raw.Substring(3).TrimEnd();
                else if (raw.StartsWith("## FF", StringComparison.Ordinal))
                {
                    current = new Section(raw.Substring(3, 6), new(), new());
                    sections.Add(current);
                }
            }
            return sections;
        }

        public static TheoryData<string> ImporterSections()
        {
            var data = new TheoryData<string>();
            foreach (var s in Sections().Where(s => s.Id.StartsWith("FF07", StringComparison.Ordinal))) data.Add(s.Id);
            return data;
        }

        [Theory]
        [MemberData(nameof(ImporterSections))]
        public void DocumentedExampleProducesTheDocumentedMessages(string id)
        {
            var section = Sections().Single(s => s.Id == id);
            Assert.NotEmpty(section.Files);
            var result = Xdf.Import(section.Files.ToArray());
            Assert.Equal(section.Messages, result.Diagnostics.Select(d => d.ToString()));
            Assert.All(section.Messages, m => Assert.Contains($" {id}: ", m));
        }

        [Fact]
        public void EveryImporterCodeHasASection() =>
            Assert.Equal(
                FormFactory.Definitions.Diagnostics.DiagnosticDescriptors.All.Where(d => d.Id.StartsWith("FF07", StringComparison.Ordinal)).Select(d => d.Id),
                Sections().Where(s => s.Id.StartsWith("FF07", StringComparison.Ordinal)).Select(s => s.Id));
    }
}
