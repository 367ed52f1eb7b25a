using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using FormFactory.Definitions.Model;
using FormFactory.Rendering.Build;
using FormFactory.Rendering.Templates;
using FormFactory.Rendering.Tests.Support;

namespace FormFactory.Rendering.Tests
{
    /// <summary>
    /// Issue 18, item 1: a build deletes only what it made, inside its output. Names read back from the build state
    /// are confined to the output, no link below the output is followed, and a folder no build made is never deleted.
    /// Every test works in its own temporary folder; the "victims" lie next to the output, inside that folder.
    /// </summary>
    public class BuildDeletesOnlyWhatItMadeTests
    {
        private static readonly TemplateSet Templates = TemplateSet.Load();

        /// <summary>One tenant offering two services: quick to build.</summary>
        private static readonly Catalog Small = Samples.Catalog with
        {
            Tenants = new[] { Samples.Tenant("rossdorf") with { Offers = new[] { "hundAnmelden", "anwohnerparkausweis" }.Where(id => Samples.Catalog.Form(id) != null).ToEquatableArray(), OffersListed = true } }.ToEquatableArray(),
        };

        private static BuildSummary Render(string output, Catalog? catalog = null, RenderOptions? options = null) =>
            new CatalogRenderer(Templates).Render(catalog ?? Small, output, options ?? new RenderOptions());

        [Fact]
        public void ForgedStateCannotDeleteOutsideTheOutput()
        {
            using var temp = new TempFolder();
            string output = Path.Combine(temp.Path, "out");
            Render(output);
            string relativeVictim = temp.Write("victim/keep.txt", "mine");
            string absoluteVictim = temp.Write("absolute/keep.txt", "mine");
            string statePath = Path.Combine(output, BuildState.FileName);
            var state = JsonNode.Parse(File.ReadAllText(statePath))!;
            // Entries the catalog no longer has are what a rebuild removes: name folders outside the output.
            state["portals"]!["../victim"] = "x";
            state["portals"]![Path.GetDirectoryName(absoluteVictim)!] = "x";
            state["packages"]!["../victim"] = "x";
            state["packages"]!["rossdorf/../../victim"] = "x";
            File.WriteAllText(statePath, state.ToJsonString());

            Assert.Null(BuildState.TryLoad(output));
            var refused = Assert.Throws<IOException>(() => Render(output));
            Assert.Contains("no build recorded making it", refused.Message);
            Assert.True(File.Exists(relativeVictim), "a '..' name in the state deleted a folder outside the output");
            Assert.True(File.Exists(absoluteVictim), "an absolute name in the state deleted a folder outside the output");
        }

        [Fact]
        public void ColdBuildDoesNotDeleteAFolderNoBuildMade()
        {
            using var temp = new TempFolder();
            string output = Path.Combine(temp.Path, "out");
            string foreign = temp.Write("out/rossdorf/keep.txt", "mine");
            var refused = Assert.Throws<IOException>(() => Render(output));
            Assert.Contains(Path.Combine(output, "rossdorf"), refused.Message);
            Assert.True(File.Exists(foreign));
            Assert.False(File.Exists(Path.Combine(output, BuildState.FileName)));
        }

        [Fact]
        public void RebuildDoesNotReplaceAPackageFolderNoBuildMade()
        {
            using var temp = new TempFolder();
            string output = Path.Combine(temp.Path, "out");
            var one = Small with { Tenants = Small.Tenants.Select(t => t with { Offers = t.Offers.Take(1).ToEquatableArray() }).ToEquatableArray() };
            Render(output, one);
            string second = Small.Tenants[0].Offers[1];
            string foreign = temp.Write($"out/rossdorf/{second}/keep.txt", "mine");
            Assert.Throws<IOException>(() => Render(output));
            Assert.True(File.Exists(foreign));
        }

        [Fact]
        public void RebuildFollowsNoSymbolicLinkOutOfTheOutput()
        {
            if (OperatingSystem.IsWindows()) return; // creating a link needs rights there
            using var temp = new TempFolder();
            string output = Path.Combine(temp.Path, "out");
            Render(output);
            string elsewhere = Path.Combine(temp.Path, "elsewhere");
            Directory.Move(Path.Combine(output, "rossdorf"), elsewhere);
            Directory.CreateSymbolicLink(Path.Combine(output, "rossdorf"), elsewhere);
            string zip = Path.Combine(elsewhere, "hundAnmelden.zip");
            File.Delete(zip); // missing, so the rebuild renders the package again

            var refused = Assert.Throws<IOException>(() => Render(output));
            Assert.Contains("symbolic link", refused.Message);
            Assert.False(File.Exists(zip), "the rebuild wrote through a link to a folder outside the output");
            Assert.True(Directory.Exists(Path.Combine(elsewhere, "hundAnmelden")));
        }

        [Fact]
        public void NoFileIsWrittenThroughALinkInItsPlace()
        {
            if (OperatingSystem.IsWindows()) return;
            using var temp = new TempFolder();
            string output = Path.Combine(temp.Path, "out");
            string victim = temp.Write("victim.txt", "mine");
            Directory.CreateDirectory(output);
            File.CreateSymbolicLink(Path.Combine(output, BuildState.FileName), victim);
            var one = Small with { Tenants = Small.Tenants.Select(t => t with { Offers = t.Offers.Take(1).ToEquatableArray() }).ToEquatableArray() };
            Render(output, one);
            Assert.Equal("mine", File.ReadAllText(victim));
            Assert.Null(new FileInfo(Path.Combine(output, BuildState.FileName)).LinkTarget);

            // The portal is written again when the offers change: through a link in its place it would overwrite the victim.
            string portal = Path.Combine(output, "rossdorf", "index.html");
            File.Delete(portal);
            File.CreateSymbolicLink(portal, victim);
            var refused = Assert.Throws<IOException>(() => Render(output));
            Assert.Contains("index.html' is a symbolic link", refused.Message);
            Assert.Equal("mine", File.ReadAllText(victim));
        }

        [Fact]
        public void InterruptedBuildIsFollowedByAColdOneThatKnowsWhatItMade()
        {
            using var temp = new TempFolder();
            string output = Path.Combine(temp.Path, "out");
            using var cancel = new CancellationTokenSource();
            var options = new RenderOptions { Progress = new CancelOnFirst(cancel) };
            Assert.ThrowsAny<OperationCanceledException>(() => new CatalogRenderer(Templates).Render(Small, output, options, cancel.Token));
            var half = BuildState.TryLoad(output);
            Assert.NotNull(half);
            Assert.False(half!.Complete);
            Assert.Contains("rossdorf", half.ListedTenants());

            var summary = Render(output);
            Assert.Equal(summary.Packages, summary.Rendered);
            Assert.True(BuildState.TryLoad(output)!.Complete);
        }

        [Theory]
        [InlineData("..")]
        [InlineData(".")]
        [InlineData("/etc")]
        [InlineData("a/../../b")]
        [InlineData("a\\..\\b")]
        [InlineData("")]
        [InlineData("c:")]
        public void NamesThatLeaveTheOutputAreNotPlain(string name)
        {
            Assert.False(OutputPaths.IsPlain(name));
            Assert.Throws<IOException>(() => OutputPaths.Below(Path.GetTempPath(), name));
        }

        private sealed class CancelOnFirst(CancellationTokenSource cancel) : IProgress<BuildProgress>
        {
            public void Report(BuildProgress value) => cancel.Cancel();
        }
    }
}
