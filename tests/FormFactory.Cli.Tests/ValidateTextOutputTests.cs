using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FormFactory.Cli.Tests.Support;

namespace FormFactory.Cli.Tests
{
    /// <summary><c>formfactory validate</c> with the default text output, run through <see cref="Program.Run"/>.</summary>
    public class ValidateTextOutputTests
    {
        private static readonly Regex DiagnosticLine = new(@"^(?<path>.+)\((?<line>[1-9][0-9]*),(?<col>[1-9][0-9]*)\): (?<severity>error|warning) (?<id>FF[0-9]{4}): (?<message>.+)$");

        [Fact]
        public void CleanCatalogExitsZeroWithOnlyASummary()
        {
            using var catalog = TempCatalog.Clean();
            var result = Tool.Run("validate", catalog.Folder);
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("", result.Stderr);
            var line = Assert.Single(result.Lines);
            Assert.Equal("Checked 5 files: no errors or warnings. 1 service, 1 block, 1 code list and 1 tenant are ready.", line);
        }

        [Fact]
        public void ErrorsExitOneWithCompilerStyleLinesAndASummary()
        {
            using var catalog = TempCatalog.Clean().File("services/hundAnmelden.form.json", Samples.BrokenForm);
            var result = Tool.Run("validate", catalog.Folder);
            Assert.True(result.ExitCode == 1, result.ToString());
            var lines = result.Lines;
            var diagnostics = lines[..^1];
            Assert.NotEmpty(diagnostics);
            foreach (var l in diagnostics) Assert.Matches(DiagnosticLine, l);
            string file = catalog.Folder.Replace('\\', '/') + "/services/hundAnmelden.form.json";
            Assert.Contains($"{file}(8,68): error FF0101: Unknown property 'requird' in the field 'name' (did you mean 'required'?).", diagnostics);
            Assert.Contains(diagnostics, l => l.StartsWith($"{file}(12,46): error FF0402: No field 'alter' exists here"));
            Assert.Equal("Checked 5 files: 2 errors (in 1 file). 0 of 1 service is ready; a service is left out while it, or a block it includes, has errors.", lines[^1]);
        }

        [Fact]
        public void SummarySaysWhichServicesAreLeftOutBecauseOfABlock()
        {
            using var catalog = TempCatalog.Clean().File("blocks/anschrift.block.json", Samples.Block.Replace("\"required\": true }", "\"requird\": true }"));
            var result = Tool.Run("validate", catalog.Folder);
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.All(result.Lines[..^1], l => Assert.Contains("/blocks/anschrift.block.json(", l));
            Assert.Equal("Checked 5 files: 3 errors (in 1 file). 0 of 1 service is ready; a service is left out while it, or a block it includes, has errors.", result.Lines[^1]);
        }

        [Fact]
        public void SummarySaysTheServicesAreReadyWhenTheErrorsAreElsewhere()
        {
            using var catalog = TempCatalog.Clean().File("tenants/musterstadt.tenant.json", Samples.Tenant.Replace("\"gemeinde\"", "\"dorf\""));
            var result = Tool.Run("validate", catalog.Folder);
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Equal("Checked 5 files: 1 error (in 1 file). The service is ready.", result.Lines[^1]);
        }

        [Fact]
        public void WarningsAloneExitZero()
        {
            using var catalog = TempCatalog.Clean().File("notes.json", "{}");
            var result = Tool.Run("validate", catalog.Folder);
            Assert.True(result.ExitCode == 0, result.ToString());
            var warning = Assert.Single(result.Lines, l => DiagnosticLine.IsMatch(l));
            Assert.Equal("warning", DiagnosticLine.Match(warning).Groups["severity"].Value);
            Assert.Equal("FF0004", DiagnosticLine.Match(warning).Groups["id"].Value);
            Assert.StartsWith("Checked 6 files: no errors, 1 warning (in 1 file).", result.Lines[^1]);
        }

        [Fact]
        public void FileThatIsNotUtf8IsAnErrorNotACrash()
        {
            using var catalog = TempCatalog.Clean().Bytes("codelists/kaputt.codelist.json", new byte[] { 0x7B, 0xFF, 0xFE, 0x7D });
            var result = Tool.Run("validate", catalog.Folder);
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains(result.Lines, l => l.Contains("kaputt.codelist.json(1,1): error FF0006") && l.Contains("UTF-8"));
        }

        [Fact]
        public void SingleFileCanBeValidated()
        {
            using var catalog = TempCatalog.Clean();
            var result = Tool.Run("validate", Path.Combine(catalog.Folder, "codelists", "anrede.codelist.json"));
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("Checked 1 file: no errors or warnings. 1 code list is ready.", Assert.Single(result.Lines));
        }

        [Fact]
        public void EmptyFolderSaysNothingWasFound()
        {
            using var catalog = new TempCatalog();
            var result = Tool.Run("validate", catalog.Folder);
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.StartsWith($"No definition files found in '{catalog.Folder}'", Assert.Single(result.Lines));
        }

        [Fact]
        public void RelativePathStaysRelativeInEveryLine()
        {
            using var catalog = TempCatalog.Clean().File("services/hundAnmelden.form.json", Samples.BrokenForm);
            string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), catalog.Folder).Replace('\\', '/');
            Assert.False(Path.IsPathRooted(relative));
            var result = Tool.Run("validate", relative);
            Assert.True(result.ExitCode == 1, result.ToString());
            var diagnostics = result.Lines[..^1];
            Assert.NotEmpty(diagnostics);
            Assert.All(diagnostics, l => Assert.StartsWith(relative + "/services/hundAnmelden.form.json(", l));
        }
    }
}
