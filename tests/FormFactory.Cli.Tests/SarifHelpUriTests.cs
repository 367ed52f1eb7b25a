using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using FormFactory.Cli.Output;
using FormFactory.Cli.Tests.Support;

namespace FormFactory.Cli.Tests
{
    /// <summary>SARIF rules point at the documentation that ships (docs/diagnostics.md), not at an invented host.</summary>
    public class SarifHelpUriTests
    {
        private static JsonElement Rules(CliResult result) =>
            JsonDocument.Parse(result.Stdout).RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");

        [Fact]
        public void EveryHelpUriIsAHeadingOfTheShippedDiagnosticsCatalogue()
        {
            using var catalog = TempCatalog.Clean();
            var result = Tool.Run("validate", catalog.Folder, "--format", "sarif");
            var docs = Path.Combine(FormFactory.Testing.Repository.Root, "docs", "diagnostics.md");
            var anchors = File.ReadAllLines(docs).Where(l => l.StartsWith("## FF", StringComparison.Ordinal)).Select(l => DiagnosticHelp.Slug(l[3..])).ToHashSet();
            string expectedBase = new Uri(docs).AbsoluteUri;
            foreach (var rule in Rules(result).EnumerateArray())
            {
                var uri = rule.GetProperty("helpUri").GetString()!;
                Assert.StartsWith(expectedBase + "#", uri);
                Assert.Contains(uri[(expectedBase.Length + 1)..], anchors);
            }
            Assert.DoesNotContain("formfactory.example", result.Stdout);
        }

        [Fact]
        public void TheBaseIsConfigurable()
        {
            using var catalog = TempCatalog.Clean();
            const string site = "https://forms.example.org/docs/diagnostics.md";
            var result = Tool.Run("validate", catalog.Folder, "--format", "sarif", "--help-base", site);
            var rule = Rules(result).EnumerateArray().First(r => r.GetProperty("id").GetString() == "FF0101");
            Assert.Equal(site + "#ff0101-unknown-property", rule.GetProperty("helpUri").GetString());
        }

        [Fact]
        public void ARelativeBaseIsAUsageError()
        {
            using var catalog = TempCatalog.Clean();
            Assert.Equal(2, Tool.Run("validate", catalog.Folder, "--format", "sarif", "--help-base", "docs/diagnostics.md").ExitCode);
        }

        [Fact]
        public void AnInstalledToolPointsAtTheCopyItShips()
        {
            var tool = Path.Combine(Path.GetTempPath(), "tools", "formfactory.cli", "1.0.0", "tools", "net10.0", "any");
            Assert.Equal(new Uri(Path.Combine(tool, "docs", "diagnostics.md")).AbsoluteUri, DiagnosticHelp.DefaultBase(tool));
            Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "docs", "diagnostics.md")), "the catalogue is copied next to the tool");
        }

        [Theory]
        [InlineData("FF0406 'item' outside a repeated group", "ff0406-item-outside-a-repeated-group")]
        [InlineData("FF0101 Unknown property", "ff0101-unknown-property")]
        public void AnchorsAreMadeAsMarkdownRenderersMakeThem(string heading, string anchor) =>
            Assert.Equal(anchor, DiagnosticHelp.Slug(heading));
    }
}
