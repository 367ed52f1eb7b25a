using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Model;
using FormFactory.Fim.Tests.Support;
using FormFactory.Workspace;

namespace FormFactory.FitConnect.Tests.Support
{
    /// <summary>The sample catalog in <c>definitions/</c> and its hand-written valid submissions (kept with the core's tests).</summary>
    public static class SampleCatalog
    {
        /// <summary>The day the sample submissions are written for.</summary>
        public static readonly DateTime Today = new(2026, 6, 15);

        private static readonly Lazy<CatalogResult> Bound = new(() => CatalogLoader.Bind(RepositoryFiles.SampleDefinitions()));

        /// <summary>The bound catalog (without errors).</summary>
        public static Catalog Catalog
        {
            get
            {
                Assert.False(Bound.Value.HasErrors, string.Join("\n", Bound.Value.Diagnostics.Where(d => d.IsError)));
                return Bound.Value.Catalog;
            }
        }

        /// <summary>Blocks by id, for the XML rendering.</summary>
        public static IReadOnlyDictionary<string, BlockModel> Blocks => Catalog.Blocks.ToDictionary(b => b.Id, b => b);

        /// <summary>The folder of the sample submissions.</summary>
        public static string SubmissionsFolder => Path.Combine(Cases.RepositoryRoot, "tests", "FormFactory.Definitions.Tests", "Cases", "Submissions");

        /// <summary>(service, file) of every valid sample submission.</summary>
        public static IEnumerable<(string Service, string File)> ValidSubmissions() =>
            Directory.EnumerateFiles(SubmissionsFolder, "valid-*.json", SearchOption.AllDirectories)
                .Select(f => (Path.GetFileName(Path.GetDirectoryName(f))!, Path.GetFileName(f)))
                .OrderBy(c => c.Item1, StringComparer.Ordinal).ThenBy(c => c.Item2, StringComparer.Ordinal);

        /// <summary>The text of a sample submission.</summary>
        public static string Submission(string service, string file) => File.ReadAllText(Path.Combine(SubmissionsFolder, service, file));
    }
}
