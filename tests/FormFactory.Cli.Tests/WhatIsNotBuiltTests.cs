using System;
using System.IO;
using System.Linq;
using FormFactory.Cli.Tests.Support;
using FormFactory.Workspace;

namespace FormFactory.Cli.Tests
{
    /// <summary>
    /// A valid service that no tenant offers gets no package, and one without an English title no English page:
    /// <c>validate</c>, <c>build</c> and <c>new service</c> say so, naming the service and the fix.
    /// </summary>
    public sealed class WhatIsNotBuiltTests : IDisposable
    {
        private readonly TempCatalog _catalog = TempCatalog.Clean();

        public void Dispose() => _catalog.Dispose();

        private string Output => Path.Combine(_catalog.Parent, "out");

        private TempCatalog WithUnofferedService() => _catalog.File("services/katzeAnmelden.form.json", Samples.Form
            .Replace("\"hundAnmelden\"", "\"katzeAnmelden\"").Replace("\"relevance\": [\"gemeinde\"],", ""));

        [Fact]
        public void ValidateSaysWhichServiceNoTenantOffers()
        {
            WithUnofferedService();
            var result = Tool.Run("validate", _catalog.Folder);
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("2 services", result.Stdout);
            Assert.Contains(result.Lines, l => l.StartsWith("Note: no tenant offers 'katzeAnmelden', so it gets no package.", StringComparison.Ordinal) && l.Contains("\"offers\" list"));
            Assert.DoesNotContain("'hundAnmelden'", result.Stdout);
        }

        [Fact]
        public void BuildSaysWhichServiceNoTenantOffersAndSaysItAgainWhenUpToDate()
        {
            WithUnofferedService();
            var first = Tool.Run("build", _catalog.Folder, "--out", Output);
            Assert.True(first.ExitCode == 0, first.ToString());
            Assert.Contains("Built 1 package(s)", first.Stdout);
            Assert.Contains("Note: no tenant offers 'katzeAnmelden'", first.Stdout);
            var again = Tool.Run("build", _catalog.Folder, "--out", Output);
            Assert.Contains("Up to date", again.Stdout);
            Assert.Contains("Note: no tenant offers 'katzeAnmelden'", again.Stdout);
        }

        [Fact]
        public void ValidateAndBuildSayWhichServiceGetsNoEnglishPage()
        {
            _catalog.File("services/hundAnmelden.form.json", Samples.Form.Replace("{ \"de\": \"Hund anmelden\", \"en\": \"Register a dog\" }", "\"Hund anmelden\""));
            const string note = "Note: 'hundAnmelden' has no 'en' title, so it gets no 'en' page";
            Assert.Contains(note, Tool.Run("validate", _catalog.Folder).Stdout);
            var build = Tool.Run("build", _catalog.Folder, "--out", Output);
            Assert.Contains(note, build.Stdout);
            Assert.False(File.Exists(Path.Combine(Output, "musterstadt", "hundAnmelden", "index.en.html")));
        }

        [Fact]
        public void ACleanCatalogHasNoNotes() =>
            Assert.DoesNotContain("Note:", Tool.Run("validate", _catalog.Folder).Stdout);

        [Fact]
        public void TheScaffoldsNextStepSaysNoTenantOffersTheNewService()
        {
            var result = Tool.Run("new", "service", "katzeAnmelden", "--out", _catalog.Folder);
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains(result.Lines, l => l.StartsWith("Note: no tenant offers 'katzeAnmelden'", StringComparison.Ordinal) && l.Contains("tenants/ID.tenant.json"));
            Assert.StartsWith("Next:", result.Lines[^1]);
        }

        [Fact]
        public void TheScaffoldWritesEveryTextInEveryPageLanguageWithMarkedPlaceholders()
        {
            var result = Tool.Run("new", "service", "katzeAnmelden", "--out", _catalog.Folder, "--title", "Katze anmelden");
            Assert.True(result.ExitCode == 0, result.ToString());
            var form = CatalogLoader.Load(_catalog.Folder).Catalog.Form("katzeAnmelden")!;
            Assert.Equal("TODO(en): Katze anmelden", form.Title.TryGet("en"));
            Assert.Equal(new[] { "de", "en" }, FormFactory.Definitions.Model.FactorySettings.FormPageLanguages(form, null));
            Assert.All(form.Steps, s => Assert.NotNull(s.Title.TryGet("en")));
            Assert.Contains("placeholders starting with 'TODO(en):'", result.Stdout);
            // A service that gets every page says nothing about languages.
            Assert.DoesNotContain("no 'en' title", result.Stdout);
        }

        [Fact]
        public void AFactoryPublishingGermanOnlyGetsGermanTextsOnly()
        {
            _catalog.File("factory.json", Samples.Factory.Replace("[\"de\", \"en\"]", "[\"de\"]"));
            Assert.Equal(0, Tool.Run("new", "service", "katzeAnmelden", "--out", _catalog.Folder).ExitCode);
            var text = File.ReadAllText(Path.Combine(_catalog.Folder, "services", "katzeAnmelden.form.json"));
            Assert.DoesNotContain("\"en\"", text);
        }

        [Fact]
        public void TheNextStepNamesTheCommandThatWorksInACheckout()
        {
            var result = Tool.Run("new", "service", "katzeAnmelden", "--out", _catalog.Folder);
            var next = result.Lines[^1];
            Assert.Matches(@"^Next: add fields, then run 'dotnet run --project \S*src/FormFactory\.Cli -- validate ", next);
        }
    }
}
