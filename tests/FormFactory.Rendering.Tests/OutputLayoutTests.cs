using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FormFactory.Rendering.Build;
using FormFactory.Rendering.Packages;
using FormFactory.Rendering.Templates;
using FormFactory.Rendering.Tests.Support;

namespace FormFactory.Rendering.Tests
{
    /// <summary>
    /// <see cref="OutputLayout"/>: which files each layout writes (the same bytes as the other layouts' files of the
    /// same name), that a rebuild in the same layout renders nothing, and that another layout starts cold and leaves
    /// exactly what a cold build in it leaves.
    /// </summary>
    public class OutputLayoutTests
    {
        private static readonly TemplateSet Templates = TemplateSet.Load();
        private static readonly IReadOnlyList<BuildItem> Items = CatalogRenderer.Items(Samples.Catalog);

        private static BuildSummary Render(string output, OutputLayout layout) =>
            new CatalogRenderer(Templates).Render(Samples.Catalog, output, new RenderOptions { Layout = layout });

        private static string PackagePath(string output, BuildItem item) => Path.Combine(output, item.Tenant.Id, item.Form.Id);

        [Theory]
        [InlineData(OutputLayout.Both, true, true)]
        [InlineData(OutputLayout.Folders, true, false)]
        [InlineData(OutputLayout.Zips, false, true)]
        public void LayoutWritesItsFilesPortalsAndState(OutputLayout layout, bool folders, bool zips)
        {
            using var output = new TempFolder();
            var summary = Render(output.Path, layout);
            Assert.Equal(Items.Count, summary.Rendered);
            foreach (var item in Items)
            {
                Assert.Equal(folders, File.Exists(Path.Combine(PackagePath(output.Path, item), ManifestWriter.FileName)));
                Assert.Equal(folders, Directory.Exists(PackagePath(output.Path, item)));
                Assert.Equal(zips, File.Exists(PackagePath(output.Path, item) + ".zip"));
            }
            Assert.All(Samples.Catalog.Tenants, t => Assert.True(File.Exists(Path.Combine(output.Path, t.Id, "index.html")), t.Id + " has no portal"));
            Assert.Equal(layout, BuildState.TryLoad(output.Path)!.Layout);
            int perPackage = (folders ? Files(PackagePath(output.Path, Items[0])).Count : 0) + (zips ? 1 : 0);
            Assert.True(summary.Files >= Items.Count * perPackage, $"{summary.Files} files for {Items.Count} packages");
        }

        [Theory]
        [InlineData(OutputLayout.Folders)]
        [InlineData(OutputLayout.Zips)]
        public void LayoutWritesTheSameBytesAsBoth(OutputLayout layout)
        {
            using var both = new TempFolder();
            using var one = new TempFolder();
            Render(both.Path, OutputLayout.Both);
            Render(one.Path, layout);
            var written = Files(one.Path).Where(f => f != BuildState.FileName).ToList();
            Assert.Equal(Files(both.Path).Where(f => f != BuildState.FileName && Wanted(f, layout)), written);
            foreach (var file in written)
                Assert.True(File.ReadAllBytes(Path.Combine(both.Path, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(one.Path, file))), file + " differs");
        }

        [Theory]
        [InlineData(OutputLayout.Both)]
        [InlineData(OutputLayout.Folders)]
        [InlineData(OutputLayout.Zips)]
        public void RebuildInTheSameLayoutRendersNothing(OutputLayout layout)
        {
            using var output = new TempFolder();
            var cold = Render(output.Path, layout);
            var state = BuildState.TryLoad(output.Path)!;
            Assert.True(new CatalogRenderer(Templates).IsUpToDate(state, output.Path, ToolFingerprint.Default, layout));
            var again = Render(output.Path, layout);
            Assert.Equal(0, again.Rendered);
            Assert.Equal(0, again.Files);
            Assert.Equal(cold.Packages, again.Unchanged);
        }

        [Theory]
        [InlineData(OutputLayout.Both, OutputLayout.Zips)]
        [InlineData(OutputLayout.Zips, OutputLayout.Folders)]
        [InlineData(OutputLayout.Folders, OutputLayout.Both)]
        public void SwitchingLayoutRendersEverythingAndMatchesAColdBuild(OutputLayout from, OutputLayout to)
        {
            using var output = new TempFolder();
            using var cold = new TempFolder();
            Render(output.Path, from);
            Assert.False(new CatalogRenderer(Templates).IsUpToDate(BuildState.TryLoad(output.Path)!, output.Path, ToolFingerprint.Default, to));
            var switched = Render(output.Path, to);
            Assert.Equal(Items.Count, switched.Rendered);
            Assert.Equal(Samples.Catalog.Tenants.Count, switched.PortalsRendered);
            Render(cold.Path, to);
            var expected = Files(cold.Path);
            Assert.Equal(expected, Files(output.Path));
            foreach (var file in expected)
                Assert.True(File.ReadAllBytes(Path.Combine(cold.Path, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output.Path, file))), file + " differs from a cold build");
        }

        [Theory]
        [InlineData(OutputLayout.Zips, ".zip")]
        [InlineData(OutputLayout.Folders, "/" + ManifestWriter.FileName)]
        public void MissingOutputOfTheLayoutIsRenderedAgain(OutputLayout layout, string suffix)
        {
            using var output = new TempFolder();
            Render(output.Path, layout);
            var item = Items.First(i => i.Name == "rossdorf/hundAnmelden");
            string missing = PackagePath(output.Path, item) + suffix.Replace('/', Path.DirectorySeparatorChar);
            byte[] before = File.ReadAllBytes(missing);
            File.Delete(missing);
            Assert.False(new CatalogRenderer(Templates).IsUpToDate(BuildState.TryLoad(output.Path)!, output.Path, ToolFingerprint.Default, layout));
            var rebuild = Render(output.Path, layout);
            Assert.Equal(1, rebuild.Rendered);
            Assert.Equal(before, File.ReadAllBytes(missing));
        }

        [Fact]
        public void LayoutNamesRoundTrip()
        {
            foreach (var layout in Enum.GetValues<OutputLayout>())
                Assert.Equal(layout, OutputLayouts.Parse(layout.Name()));
            Assert.Equal(new[] { "both", "folders", "zips" }, OutputLayouts.Names);
            Assert.Throws<ArgumentException>(() => OutputLayouts.Parse("tar"));
        }

        /// <summary>True when <paramref name="layout"/> writes the file <paramref name="relative"/> of a "both" build: portals always, package zips or folders as the layout says.</summary>
        private static bool Wanted(string relative, OutputLayout layout)
        {
            var parts = relative.Split(Path.DirectorySeparatorChar);
            bool packageZip = parts.Length == 2 && parts[1].EndsWith(".zip", StringComparison.Ordinal);
            bool packageFolder = parts.Length >= 3 && Items.Any(i => i.Tenant.Id == parts[0] && i.Form.Id == parts[1]);
            return packageZip ? layout.HasZips() : !packageFolder || layout.HasFolders();
        }

        private static List<string> Files(string root) =>
            Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).OrderBy(f => f, StringComparer.Ordinal).ToList();
    }
}
