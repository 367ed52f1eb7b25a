using System;
using System.IO;
using System.Linq;
using FormFactory.Cli.Tests.Support;

namespace FormFactory.Cli.Tests
{
    /// <summary>
    /// Issue 18, item 1: <c>build</c> refuses an <c>--out</c> that is, contains or lies inside the definitions or
    /// templates folder (exit 2, nothing changed): a tenant whose id names the definitions folder, built into the
    /// folder above it, once replaced the definitions, and building into the definitions folder deleted service files.
    /// </summary>
    public class BuildOutputOverlappingSourcesTests
    {
        [Fact]
        public void TenantNamedLikeTheDefinitionsFolderBuiltIntoItsParentReplacesNothing()
        {
            using var catalog = TempCatalog.Clean(folderName: "musterstadt"); // the tenant's id
            var before = Snapshot(catalog.Folder);
            var result = Tool.Run("build", catalog.Folder, "--out", catalog.Parent);
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("contains the definitions folder", result.Stderr);
            Assert.Equal(before, Snapshot(catalog.Folder));
        }

        [Theory]
        [InlineData("")]
        [InlineData("out")]
        [InlineData("services")]
        public void OutputInsideTheDefinitionsFolderIsRefused(string below)
        {
            using var catalog = TempCatalog.Clean();
            var before = Snapshot(catalog.Folder);
            var result = Tool.Run("build", catalog.Folder, "--out", Path.Combine(catalog.Folder, below));
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("the definitions folder", result.Stderr);
            Assert.Equal(before, Snapshot(catalog.Folder));
        }

        [Fact]
        public void OutputThatIsOrHoldsTheTemplatesFolderIsRefused()
        {
            using var catalog = TempCatalog.Clean();
            string templates = Path.Combine(catalog.Parent, "site", "templates");
            Directory.CreateDirectory(templates);
            File.WriteAllText(Path.Combine(templates, "keep.txt"), "mine");
            foreach (var output in new[] { templates, Path.GetDirectoryName(templates)!, Path.Combine(templates, "out") })
            {
                var result = Tool.Run("build", catalog.Folder, "--out", output, "--templates", templates);
                Assert.True(result.ExitCode == 2, result.ToString());
                Assert.Contains("the templates folder", result.Stderr);
            }
            Assert.True(File.Exists(Path.Combine(templates, "keep.txt")));
        }

        [Fact]
        public void OutputReachingTheDefinitionsThroughALinkIsRefused()
        {
            if (OperatingSystem.IsWindows()) return; // creating a link needs rights there
            using var catalog = TempCatalog.Clean();
            string link = Path.Combine(catalog.Parent, "link");
            Directory.CreateSymbolicLink(link, catalog.Folder);
            var result = Tool.Run("build", catalog.Folder, "--out", link);
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.True(File.Exists(Path.Combine(catalog.Folder, "services", "hundAnmelden.form.json")));
        }

        [Fact]
        public void SiblingOutputBuilds()
        {
            using var catalog = TempCatalog.Clean();
            var result = Tool.Run("build", catalog.Folder, "--out", Path.Combine(catalog.Parent, "definitions-out"));
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        private static string[] Snapshot(string folder) =>
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => f + ":" + File.ReadAllText(f).GetHashCode()).ToArray();
    }
}
