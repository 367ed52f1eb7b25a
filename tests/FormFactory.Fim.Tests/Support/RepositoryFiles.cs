using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FormFactory.Definitions;

namespace FormFactory.Fim.Tests.Support
{
    /// <summary>Files of the repository the tests read (the sample catalog, docs).</summary>
    public static class RepositoryFiles
    {
        /// <summary>Every definition file of <c>definitions/</c> except the schemas, with paths below it.</summary>
        public static IReadOnlyList<DefinitionFile> SampleDefinitions()
        {
            string root = Path.Combine(Cases.RepositoryRoot, "definitions");
            return Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                .Where(p => !p.StartsWith("schema/", StringComparison.Ordinal))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => new DefinitionFile(p, File.ReadAllText(Path.Combine(root, p))))
                .ToList();
        }

        /// <summary>The text of <c>docs/<paramref name="name"/></c>.</summary>
        public static string Doc(string name) => File.ReadAllText(Path.Combine(Cases.RepositoryRoot, "docs", name));
    }
}
