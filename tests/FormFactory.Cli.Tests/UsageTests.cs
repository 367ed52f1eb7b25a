using System.IO;
using FormFactory.Cli.Tests.Support;

namespace FormFactory.Cli.Tests
{
    /// <summary>Exit code 2 for everything that is wrong with the command line rather than the definitions.</summary>
    public class UsageTests
    {
        [Fact]
        public void UnknownOptionExitsTwo()
        {
            using var catalog = TempCatalog.Clean();
            var result = Tool.Run("validate", catalog.Folder, "--colour");
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Equal("", result.Stdout);
            Assert.Contains("--colour", result.Stderr);
        }

        [Fact]
        public void UnknownCommandExitsTwo()
        {
            var result = Tool.Run("compile");
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("compile", result.Stderr);
        }

        [Fact]
        public void MissingFolderGivesOneLineAndExitsTwo()
        {
            using var catalog = new TempCatalog();
            string missing = Path.Combine(catalog.Parent, "gibt-es-nicht");
            var result = Tool.Run("validate", missing);
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Equal("", result.Stdout);
            var line = Assert.Single(result.ErrorLines);
            Assert.Equal($"formfactory: no file or folder '{missing}'.", line);
        }

        [Theory]
        [InlineData("xml")]
        [InlineData("JSON")]
        [InlineData("")]
        public void UnknownFormatExitsTwo(string format)
        {
            using var catalog = TempCatalog.Clean();
            var result = Tool.Run("validate", catalog.Folder, "--format", format);
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Equal("", result.Stdout);
            Assert.NotEqual("", result.Stderr);
        }

        [Fact]
        public void FormatWithoutValueExitsTwo()
        {
            var result = Tool.Run("validate", "--format");
            Assert.True(result.ExitCode == 2, result.ToString());
        }

        [Fact]
        public void VersionExitsZero()
        {
            var result = Tool.Run("--version");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Matches(@"^\d+\.\d+\.\d+", result.Stdout);
        }

        [Fact]
        public void HelpExitsZeroAndNamesValidate()
        {
            var result = Tool.Run("--help");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("validate", result.Stdout);
        }

        [Fact]
        public void ValidateHelpExitsZeroAndShowsDefaults()
        {
            var result = Tool.Run("validate", "--help");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("--format", result.Stdout);
            Assert.Contains("[default: definitions]", result.Stdout);
        }
    
        [Theory]
        [InlineData("receive", "--help")]
        [InlineData("receive", "-h")]
        [InlineData("valdiate", "--help")]
        [InlineData("new", "servcie", "--help")]
        public void AnUnknownCommandWithHelpIsRefused(params string[] args)
        {
            var result = Tool.Run(args);
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Equal("", result.Stdout);
            Assert.Contains($"unknown command '{args[^2]}'", result.Stderr);
        }

        [Theory]
        [InlineData("valdiate", "validate")]
        [InlineData("biuld", "build")]
        [InlineData("reprot", "report")]
        public void AnUnknownCommandGetsADidYouMean(string written, string meant)
        {
            var result = Tool.Run(written, "--help");
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains($"formfactory: unknown command '{written}' (did you mean '{meant}'?).", result.Stderr);
        }
    }
}
