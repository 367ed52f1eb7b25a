using FormFactory.Runtime;
using System;
using System.IO;
using System.Linq;
using FormFactory.Workspace;

namespace FormFactory.Cli.Tests
{
    public sealed class NewCommandTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "ff-cli-new-" + Guid.NewGuid().ToString("N"));

        private string Definitions => Path.Combine(_root, "definitions");

        private string FileOf(string id) => Path.Combine(Definitions, "services", id + ".form.json");

        public void Dispose()
        {
            if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        }

        [Fact]
        public void TheScaffoldValidatesWithoutAnyDiagnostic()
        {
            var (code, stdout, stderr) = Run("new", "service", "hundAnmelden", "--out", Definitions, "--date", "2026-11-23");
            Assert.True(code == 0, stderr);
            Assert.Contains("hundAnmelden.form.json", stdout);
            var result = CatalogLoader.Load(Definitions);
            Assert.Empty(result.Diagnostics);
            var form = Assert.Single(result.Catalog.Forms);
            Assert.Equal("in-planung", form.Factory!.Status);
            Assert.Equal("2026-11-23", Assert.Single(form.Factory.History).On);
        }

        [Fact]
        public void WithoutADatePlanningStartsToday()
        {
            Assert.Equal(0, Run("new", "service", "kitaPlatz", "--out", Definitions).Code);
            var today = DateOnly.FromDateTime(FormFactory.Runtime.BerlinClock.Today()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(today, CatalogLoader.Load(Definitions).Catalog.Forms.Single().Factory!.History.Single().On);
        }

        [Fact]
        public void TheScaffoldFitsIntoTheSampleCatalog()
        {
            CopyFolder(Path.Combine(RepositoryRoot(), "definitions"), Definitions);
            Assert.Equal(0, Run("new", "service", "parkausweisHandwerker", "--out", Definitions, "--title", "Parkausweis für Handwerker \"<Betrieb>\"").Code);
            var result = CatalogLoader.Load(Definitions);
            Assert.DoesNotContain(result.Diagnostics, d => d.Location.Path.Contains("parkausweisHandwerker"));
            Assert.Equal("Parkausweis für Handwerker \"<Betrieb>\"", result.Catalog.Form("parkausweisHandwerker")!.Title.Get("de"));
            Assert.StartsWith("{\n  \"$schema\": \"../schema/form.schema.json\",", File.ReadAllText(FileOf("parkausweisHandwerker")));
        }

        [Fact]
        public void TheSchemaTheScaffoldNamesIsWrittenBesideItWhenMissing()
        {
            var (code, stdout, _) = Run("new", "service", "hundAnmelden", "--out", Definitions);
            Assert.Equal(0, code);
            var schema = Path.Combine(Definitions, "schema", "form.schema.json");
            Assert.Equal(SchemaChecker.SchemaText(FormFactory.Definitions.DefinitionFileKind.Form), File.ReadAllText(schema));
            Assert.Contains("schema/form.schema.json", stdout);

            // A designer's own copy stays as it is, and a second scaffold says nothing about schemas.
            File.WriteAllText(schema, "{}");
            var second = Run("new", "service", "katzeAnmelden", "--out", Definitions);
            Assert.Equal("{}", File.ReadAllText(schema));
            Assert.DoesNotContain("schema", second.Stdout.Replace("$schema", ""));
        }

        [Fact]
        public void TheTitleIsMadeFromTheIdWhenNoneIsGiven()
        {
            Run("new", "service", "hundAnmelden", "--out", Definitions);
            Assert.Equal("Hund anmelden", CatalogLoader.Load(Definitions).Catalog.Forms.Single().Title.Get("de"));
        }

        [Theory]
        [InlineData("HundAnmelden")]
        [InlineData("hund-anmelden")]
        [InlineData("hund_anmelden")]
        [InlineData("1hund")]
        [InlineData("hündin")]
        [InlineData("../hund")]
        public void AnInvalidIdIsAUsageError(string id)
        {
            var (code, _, stderr) = Run("new", "service", id, "--out", Definitions);
            Assert.Equal(2, code);
            Assert.Contains("camelCase", stderr);
            Assert.False(Directory.Exists(Definitions));
        }

        [Fact]
        public void AnExistingFileIsAUsageErrorAndStaysAsItWas()
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FileOf("hund"))!);
            File.WriteAllText(FileOf("hund"), "mine");
            var (code, _, stderr) = Run("new", "service", "hund", "--out", Definitions);
            Assert.Equal(2, code);
            Assert.Contains("exists", stderr);
            Assert.Equal("mine", File.ReadAllText(FileOf("hund")));
        }

        [Fact]
        public void ABadDateIsAUsageError() => Assert.Equal(2, Run("new", "service", "hund", "--out", Definitions, "--date", "23.11.2026").Code);

        [Fact]
        public void AMissingIdIsAUsageError() => Assert.Equal(2, Run("new", "service").Code);

        private static string RepositoryRoot() => FormFactory.Testing.Repository.Root;

        private static void CopyFolder(string from, string to)
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        private static (int Code, string Stdout, string Stderr) Run(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int code = Program.Run(args, stdout, stderr);
            return (code, stdout.ToString(), stderr.ToString());
        }
    }
}
