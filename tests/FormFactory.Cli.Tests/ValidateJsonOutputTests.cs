using System.Linq;
using System.Text.Json;
using FormFactory.Cli.Tests.Support;

namespace FormFactory.Cli.Tests
{
    /// <summary><c>--format json</c>: an array of diagnostics for scripts.</summary>
    public class ValidateJsonOutputTests
    {
        [Fact]
        public void CleanCatalogGivesAnEmptyArray()
        {
            using var catalog = TempCatalog.Clean();
            var result = Tool.Run("validate", catalog.Folder, "--format", "json");
            Assert.True(result.ExitCode == 0, result.ToString());
            using var json = JsonDocument.Parse(result.Stdout);
            Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
            Assert.Equal(0, json.RootElement.GetArrayLength());
        }

        [Fact]
        public void EachDiagnosticHasIdSeverityFileLineColumnAndMessage()
        {
            using var catalog = TempCatalog.Clean()
                .File("services/hundAnmelden.form.json", Samples.BrokenForm)
                .File("notes.json", "{}");
            var result = Tool.Run("validate", catalog.Folder, "--format", "json");
            Assert.True(result.ExitCode == 1, result.ToString());
            using var json = JsonDocument.Parse(result.Stdout);
            var items = json.RootElement.EnumerateArray().ToList();
            Assert.Equal(3, items.Count);
            foreach (var item in items)
            {
                Assert.Matches("^FF[0-9]{4}$", item.GetProperty("id").GetString());
                Assert.Contains(item.GetProperty("severity").GetString(), new[] { "error", "warning" });
                Assert.StartsWith(catalog.Folder.Replace('\\', '/') + "/", item.GetProperty("file").GetString());
                Assert.True(item.GetProperty("line").GetInt32() >= 1);
                Assert.True(item.GetProperty("column").GetInt32() >= 1);
                Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("message").GetString()));
            }
            var unknown = Assert.Single(items, i => i.GetProperty("id").GetString() == "FF0101");
            Assert.Equal("error", unknown.GetProperty("severity").GetString());
            Assert.EndsWith("/services/hundAnmelden.form.json", unknown.GetProperty("file").GetString());
            Assert.Equal(8, unknown.GetProperty("line").GetInt32());
            Assert.Equal(68, unknown.GetProperty("column").GetInt32());
            Assert.Contains("requird", unknown.GetProperty("message").GetString());
            Assert.Single(items, i => i.GetProperty("severity").GetString() == "warning" && i.GetProperty("id").GetString() == "FF0004");
        }
    }
}
