using System.IO;
using FormFactory.Cli.Tests.Support;

namespace FormFactory.Cli.Tests
{
    /// <summary>The built tool run as its own process, as a designer or a build server runs it.</summary>
    public class ProcessTests
    {
        [Fact]
        public void BuiltToolValidatesAFolder()
        {
            Assert.True(File.Exists(Tool.DllPath), "Not built: " + Tool.DllPath);
            using var catalog = TempCatalog.Clean();
            var clean = Tool.RunProcess(catalog.Parent, "validate", catalog.Folder);
            Assert.True(clean.ExitCode == 0, clean.ToString());
            Assert.StartsWith("Checked 5 files: no errors or warnings.", clean.Stdout);

            catalog.File("services/hundAnmelden.form.json", Samples.BrokenForm);
            var broken = Tool.RunProcess(catalog.Parent, "validate", catalog.Folder, "--format", "json");
            Assert.True(broken.ExitCode == 1, broken.ToString());
            Assert.Contains("\"FF0101\"", broken.Stdout);
        }

        [Fact]
        public void DefaultPathIsTheDefinitionsFolderInTheWorkingDirectory()
        {
            using var catalog = TempCatalog.Clean("definitions").File("services/hundAnmelden.form.json", Samples.BrokenForm);
            var result = Tool.RunProcess(catalog.Parent, "validate");
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.StartsWith("definitions/services/hundAnmelden.form.json(8,68): error FF0101:", result.Stdout);
        }

        [Fact]
        public void DefaultPathMissingGivesOneLineAndExitsTwo()
        {
            using var catalog = new TempCatalog("anderswo");
            var result = Tool.RunProcess(catalog.Parent, "validate");
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Equal("", result.Stdout);
            var line = Assert.Single(result.ErrorLines);
            Assert.StartsWith("formfactory: no file or folder 'definitions'", line);
        }
    }
}
