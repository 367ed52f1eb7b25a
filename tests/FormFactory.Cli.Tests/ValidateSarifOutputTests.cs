using System.Linq;
using System.Text.Json;
using FormFactory.Cli.Tests.Support;
using FormFactory.Definitions.Diagnostics;

namespace FormFactory.Cli.Tests
{
    /// <summary><c>--format sarif</c>: SARIF 2.1.0 as code scanning services read it.</summary>
    public class ValidateSarifOutputTests
    {
        [Fact]
        public void LogHasVersionSchemaAndARuleForEveryDescriptor()
        {
            using var catalog = TempCatalog.Clean();
            var result = Tool.Run("validate", catalog.Folder, "--format", "sarif");
            Assert.True(result.ExitCode == 0, result.ToString());
            using var json = JsonDocument.Parse(result.Stdout);
            var root = json.RootElement;
            Assert.Equal("2.1.0", root.GetProperty("version").GetString());
            Assert.Contains("sarif-2.1.0", root.GetProperty("$schema").GetString());
            var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
            var driver = run.GetProperty("tool").GetProperty("driver");
            Assert.Equal("FormFactory", driver.GetProperty("name").GetString());
            var rules = driver.GetProperty("rules").EnumerateArray().ToList();
            Assert.Equal(DiagnosticDescriptors.All.Select(d => d.Id), rules.Select(r => r.GetProperty("id").GetString()));
            foreach (var (rule, descriptor) in rules.Zip(DiagnosticDescriptors.All))
            {
                Assert.Equal(descriptor.Title, rule.GetProperty("shortDescription").GetProperty("text").GetString());
                Assert.Equal(descriptor.Severity == DiagnosticSeverity.Error ? "error" : "warning",
                    rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
            }
            Assert.Equal(0, run.GetProperty("results").GetArrayLength());
            Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        }

        [Fact]
        public void ResultsHaveRuleLevelMessageAndRegion()
        {
            using var catalog = TempCatalog.Clean()
                .File("services/hundAnmelden.form.json", Samples.BrokenForm)
                .File("notes.json", "{}");
            var result = Tool.Run("validate", catalog.Folder, "--format", "sarif");
            Assert.True(result.ExitCode == 1, result.ToString());
            using var json = JsonDocument.Parse(result.Stdout);
            var run = json.RootElement.GetProperty("runs")[0];
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
            var results = run.GetProperty("results").EnumerateArray().ToList();
            Assert.Equal(3, results.Count);
            foreach (var r in results)
            {
                string ruleId = r.GetProperty("ruleId").GetString()!;
                Assert.Equal(ruleId, rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
                Assert.Contains(r.GetProperty("level").GetString(), new[] { "error", "warning" });
                Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("message").GetProperty("text").GetString()));
                var physical = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                Assert.StartsWith("file:///", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
                var region = physical.GetProperty("region");
                Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
                Assert.True(region.GetProperty("startColumn").GetInt32() >= 1);
            }
            var unknown = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "FF0101");
            Assert.Equal("error", unknown.GetProperty("level").GetString());
            var location = unknown.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.EndsWith("/services/hundAnmelden.form.json", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal(8, location.GetProperty("region").GetProperty("startLine").GetInt32());
            Assert.Equal(68, location.GetProperty("region").GetProperty("startColumn").GetInt32());
            Assert.Equal("warning", Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "FF0004").GetProperty("level").GetString());
        }

        [Theory]
        [InlineData("definitions/services/a.form.json", "definitions/services/a.form.json")]
        [InlineData("./my definitions/a.form.json", "./my%20definitions/a.form.json")]
        [InlineData("/srv/defs/a#1.form.json", "file:///srv/defs/a%231.form.json")]
        public void PathsBecomeUriReferences(string path, string uri)
        {
            if (!System.OperatingSystem.IsWindows()) Assert.Equal(uri, Output.SarifWriter.ToUri(path));
        }
    }
}
