using System;
using System.Collections.Generic;
using System.IO;

namespace FormFactory.Definitions.Tests.Support
{
    /// <summary>One section of docs/diagnostics.md: its code, the example files and the messages it shows.</summary>
    /// <param name="Id">The code in the heading, e.g. <c>FF0101</c>.</param>
    /// <param name="Files">The <c>```json path</c> blocks, as definition files.</param>
    /// <param name="Messages">The lines of the <c>```text</c> block: what the example produces.</param>
    public sealed record DiagnosticsSection(string Id, IReadOnlyList<DefinitionFile> Files, IReadOnlyList<string> Messages);

    /// <summary>Reads the examples out of docs/diagnostics.md, so that tests can hold the documentation to the truth.</summary>
    public static class DiagnosticsDocument
    {
        /// <summary>The document's path.</summary>
        public static string Path => System.IO.Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md");

        /// <summary>Every <c>## FFnnnn Title</c> section with its examples.</summary>
        public static IReadOnlyList<DiagnosticsSection> Sections()
        {
            var sections = new List<DiagnosticsSection>();
            string? id = null;
            var files = new List<DefinitionFile>();
            var messages = new List<string>();
            string? fence = null;
            var block = new List<string>();
            foreach (var raw in File.ReadAllLines(Path))
            {
                string line = raw.TrimEnd();
                if (fence != null)
                {
                    if (line != "```")
                    {
                        block.Add(raw);
                        continue;
                    }
                    if (fence.StartsWith("json ", StringComparison.Ordinal)) files.Add(new DefinitionFile(fence.Substring(5).Trim(), string.Join("\n", block) + "\n"));
                    else if (fence == "text" && id != null) messages.AddRange(block);
                    fence = null;
                    block.Clear();
                    continue;
                }
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    fence = line.Substring(3);
                    continue;
                }
                if (line.StartsWith("## FF", StringComparison.Ordinal))
                {
                    if (id != null) sections.Add(new DiagnosticsSection(id, files, messages));
                    id = line.Substring(3, 6);
                    files = new List<DefinitionFile>();
                    messages = new List<string>();
                }
            }
            if (id != null) sections.Add(new DiagnosticsSection(id, files, messages));
            return sections;
        }
    }
}
