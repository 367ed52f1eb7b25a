using System;
using System.IO;
using System.Linq;
using FormFactory.Definitions.Model;
using FormFactory.Rendering.Packages;
using FormFactory.Rendering.Templates;
using FormFactory.Rendering.Tests.Support;

namespace FormFactory.Rendering.Tests
{
    /// <summary>factory.json's <c>languages</c> decides which pages packages and portals have.</summary>
    public class PublishedLanguagesTests
    {
        private static readonly TemplateSet Templates = TemplateSet.Load();

        private static Catalog Publishing(params string[] languages) => Samples.Catalog with
        {
            Settings = Samples.Catalog.Settings with { Languages = languages.ToEquatableArray(), LanguagesListed = true },
        };

        private static Catalog Unlisted() => Samples.Catalog with
        {
            Settings = Samples.Catalog.Settings with { Languages = EquatableArray.Of("de"), LanguagesListed = false },
        };

        private static string[] Files(string root) =>
            Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal).ToArray();

        [Fact]
        public void TheSampleFactoryListsGermanAndEnglish()
        {
            Assert.True(Samples.Catalog.Settings.LanguagesListed);
            Assert.Equal(new[] { "de", "en" }, Samples.Catalog.Settings.Languages);
        }

        [Fact]
        public void GermanOnlyLeavesOutEveryEnglishPageAndLink()
        {
            using var folder = new TempFolder();
            new CatalogRenderer(Templates).Render(Publishing("de"), folder.Path);
            var files = Files(folder.Path);
            Assert.Contains("rossdorf/hundAnmelden/index.html", files);
            Assert.Contains("rossdorf/index.html", files);
            Assert.DoesNotContain(files, f => f.EndsWith("index.en.html", StringComparison.Ordinal));
            foreach (var page in new[] { "rossdorf/hundAnmelden/index.html", "rossdorf/index.html" })
            {
                string html = File.ReadAllText(Path.Combine(folder.Path, page));
                Assert.DoesNotContain("hreflang=\"en\"", html);
                Assert.DoesNotContain("ff-language", html);
            }
            string manifest = File.ReadAllText(Path.Combine(folder.Path, "rossdorf", "hundAnmelden", ManifestWriter.FileName));
            Assert.DoesNotContain("index.en.html", manifest);
        }

        [Fact]
        public void ListingEveryLanguageIsTheSameAsListingNone()
        {
            using var listed = new TempFolder();
            using var unlisted = new TempFolder();
            new CatalogRenderer(Templates).Render(Publishing("de", "en"), listed.Path);
            new CatalogRenderer(Templates).Render(Unlisted(), unlisted.Path);
            var files = Files(listed.Path);
            Assert.Equal(files, Files(unlisted.Path));
            Assert.Contains("rossdorf/hundAnmelden/index.en.html", files);
            Assert.Contains("rossdorf/index.en.html", files);
            foreach (var f in files.Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".zip", StringComparison.Ordinal)))
                Assert.True(File.ReadAllBytes(Path.Combine(listed.Path, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(unlisted.Path, f))), f);
        }

        [Fact]
        public void ALanguageDroppedFromTheListIsGoneAfterARebuild()
        {
            using var folder = new TempFolder();
            var renderer = new CatalogRenderer(Templates);
            renderer.Render(Publishing("de", "en"), folder.Path);
            Assert.Contains("rossdorf/index.en.html", Files(folder.Path));

            var rebuild = renderer.Render(Publishing("de"), folder.Path);
            Assert.Equal(rebuild.Packages, rebuild.Rendered);
            Assert.Equal(rebuild.Portals, rebuild.PortalsRendered);
            Assert.DoesNotContain(Files(folder.Path), f => f.EndsWith("index.en.html", StringComparison.Ordinal));

            var again = renderer.Render(Publishing("de"), folder.Path);
            Assert.Equal(0, again.Rendered);
            Assert.Equal(0, again.PortalsRendered);
        }
    }
}
