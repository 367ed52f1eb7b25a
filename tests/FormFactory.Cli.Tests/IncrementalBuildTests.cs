using System;
using System.IO;
using System.Linq;
using FormFactory.Cli.Commands;
using FormFactory.Rendering;
using FormFactory.Rendering.Build;
using FormFactory.Workspace;

namespace FormFactory.Cli.Tests
{
    /// <summary>
    /// <c>formfactory build</c> into a folder that holds a previous build: only packages whose inputs changed are
    /// rendered (seen in the build's counts), and the folder ends up byte for byte as a cold build leaves it.
    /// </summary>
    public class IncrementalBuildTests : IDisposable
    {
        private readonly string _temp = Path.Combine(Path.GetTempPath(), "formfactory-incremental-" + Guid.NewGuid().ToString("N"));
        private readonly string _definitions;
        private readonly string _output;

        public IncrementalBuildTests()
        {
            _definitions = Path.Combine(_temp, "definitions");
            _output = Path.Combine(_temp, "out");
            CopyFolder(RepositoryDefinitions, _definitions);
        }

        public void Dispose()
        {
            try { Directory.Delete(_temp, true); } catch (IOException) { }
        }

        [Fact]
        public void RebuildWithoutChangesRendersNothing()
        {
            var cold = Build(_output);
            Assert.Equal(cold.Packages, cold.Rendered);
            var again = Build(_output);
            Assert.Equal(0, again.Rendered);
            Assert.Equal(cold.Packages, again.Unchanged);
            Assert.Equal(0, again.Files);
        }

        [Fact]
        public void EditedServiceRerendersExactlyItsPackagesAndMatchesAColdBuild()
        {
            Build(_output);
            Edit("services/kitaPlatz.form.json", "Betreuungsplatz in einer Kita beantragen", "Kita-Platz beantragen");
            var rebuild = Build(_output);
            Assert.Equal(PackagesOf("kitaPlatz"), rebuild.Rendered);
            Assert.InRange(rebuild.Rendered, 1, rebuild.Packages - 1);
            Assert.Equal(rebuild.Packages - rebuild.Rendered, rebuild.Unchanged);
            AssertSameAsColdBuild();
        }

        [Fact]
        public void EditedCodeListRerendersOnlyTheServicesThatUseIt()
        {
            Build(_output);
            Edit("codelists/hunderasse.codelist.json", "\"Mischling\"", "\"Mischling (gemischt)\"");
            var rebuild = Build(_output);
            Assert.Equal(PackagesOf("hundAnmelden"), rebuild.Rendered);
            Assert.InRange(rebuild.Rendered, 1, rebuild.Packages - 1);
            AssertSameAsColdBuild();
        }

        [Fact]
        public void ChangedTemplateRerendersEverything()
        {
            var first = Build(_output);
            string templates = Path.Combine(_temp, "templates");
            Directory.CreateDirectory(Path.Combine(templates, "assets"));
            File.WriteAllText(Path.Combine(templates, "assets", "formfactory.css"),
                Rendering.Templates.TemplateSet.Load().File("assets/formfactory.css") + "\n/* changed */\n");
            var rebuild = Build(_output, templates);
            Assert.Equal(first.Packages, rebuild.Rendered);
            Assert.Equal(first.Portals, rebuild.PortalsRendered);
        }

        [Fact]
        public void DeletedServiceLosesItsPackagesAndMatchesAColdBuild()
        {
            Build(_output);
            int offered = PackagesOf("schuelerbefoerderung");
            Assert.True(offered > 0);
            File.Delete(Path.Combine(_definitions, "services", "schuelerbefoerderung.form.json"));
            var rebuild = Build(_output);
            Assert.Equal(offered, rebuild.Removed);
            Assert.Equal(0, rebuild.Rendered);
            Assert.Empty(Directory.GetFileSystemEntries(_output, "schuelerbefoerderung*", SearchOption.AllDirectories));
            AssertSameAsColdBuild();
        }

        [Fact]
        public void MissingOutputIsRenderedAgain()
        {
            Build(_output);
            File.Delete(Path.Combine(_output, "rossdorf", "hundAnmelden.zip"));
            var rebuild = Build(_output);
            Assert.Equal(1, rebuild.Rendered);
            AssertSameAsColdBuild();
        }

        private BuildSummary Build(string output, string? templates = null)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var (code, _, summary) = BuildCommand.Run(_definitions, output, templates, stdout, stderr);
            Assert.True(code == 0, stderr.ToString());
            return summary!;
        }

        private int PackagesOf(string service) =>
            CatalogRenderer.Items(CatalogLoader.Load(_definitions).Catalog).Count(i => i.Form.Id == service);

        private void Edit(string relativePath, string from, string to)
        {
            string path = Path.Combine(_definitions, relativePath);
            string text = File.ReadAllText(path);
            Assert.Contains(from, text);
            File.WriteAllText(path, text.Replace(from, to));
        }

        private void AssertSameAsColdBuild()
        {
            string cold = Path.Combine(_temp, "cold-" + Guid.NewGuid().ToString("N"));
            Build(cold);
            var expected = Files(cold);
            Assert.Equal(expected, Files(_output));
            Assert.Contains(BuildState.FileName, expected);
            foreach (var file in expected)
                Assert.True(File.ReadAllBytes(Path.Combine(cold, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_output, file))), file + " differs from a cold build");
        }

        private static string[] Files(string root) =>
            Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).OrderBy(f => f, StringComparer.Ordinal).ToArray();

        private static void CopyFolder(string from, string to)
        {
            foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            {
                string target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        private static string RepositoryDefinitions => FormFactory.Testing.Repository.Definitions;
    }
}
