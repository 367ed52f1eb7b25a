using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Diagnostics
{
    /// <summary>Every diagnostic is tested with a bad definition and documented in docs/diagnostics.md.</summary>
    public class DiagnosticCoverageTests
    {
        public static TheoryData<string> Ids()
        {
            var data = new TheoryData<string>();
            foreach (var d in DiagnosticDescriptors.All) data.Add(d.Id);
            return data;
        }

        /// <summary>Files that name ids without testing them.</summary>
        private static readonly string[] NotTests = { "DiagnosticCoverageTests.cs", "DiagnosticsDocumentationTests.cs" };

        private static readonly Lazy<string[]> TestSources = new(() =>
            Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
                .Where(f => !IsBuildOutput(f) && !NotTests.Contains(Path.GetFileName(f)))
                .Select(File.ReadAllText)
                .ToArray());

        private static readonly Lazy<string> Documentation = new(() =>
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md")));

        [Theory]
        [MemberData(nameof(Ids))]
        public void DiagnosticIsUsedByATest(string id) =>
            Assert.True(TestSources.Value.Any(source => source.Contains("\"" + id + "\"", StringComparison.Ordinal)),
                $"No test under tests/ mentions \"{id}\"; add one with a bad definition that asserts its line and column.");

        [Theory]
        [MemberData(nameof(Ids))]
        public void DiagnosticHasASectionInTheDocumentation(string id)
        {
            var descriptor = DiagnosticDescriptors.All.Single(d => d.Id == id);
            string heading = $"## {descriptor.Id} {descriptor.Title}";
            Assert.True(Documentation.Value.Split('\n').Any(line => line.TrimEnd('\r') == heading),
                $"docs/diagnostics.md needs the heading '{heading}'.");
        }

        [Fact]
        public void DocumentationHasNoSectionForAnUnknownId()
        {
            var known = new HashSet<string>(DiagnosticDescriptors.All.Select(d => d.Id));
            var documented = Regex.Matches(Documentation.Value, @"^## (FF\d{4})", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
            Assert.All(documented, id => Assert.Contains(id, known));
            Assert.Equal(documented.Distinct().OrderBy(id => id, StringComparer.Ordinal), documented);
        }

        [Fact]
        public void AllHoldsEveryDescriptorOnceInIdOrder()
        {
            var fields = typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
                .ToList();
            Assert.Equal(fields.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal), DiagnosticDescriptors.All.Select(d => d.Id));
            Assert.All(DiagnosticDescriptors.All, d => Assert.Matches(@"^FF\d{4}$", d.Id));
        }

        private static bool IsBuildOutput(string path)
        {
            var parts = path.Replace('\\', '/').Split('/');
            return parts.Contains("bin") || parts.Contains("obj");
        }
    }
}
