using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FormFactory.Rendering.Packages;
using FormFactory.Rendering.Templates;
using FormFactory.Rendering.Tests.Support;

namespace FormFactory.Rendering.Tests
{
    /// <summary>What a package contains, and that builds are byte-for-byte repeatable.</summary>
    public class PackageTests
    {
        private static readonly TemplateSet Templates = TemplateSet.Load();

        private static FormPackage Hund() => new PackageBuilder(Templates).Build(Samples.Form("hundAnmelden"), Samples.Tenant("rossdorf"));

        private static string Text(FormPackage package, string path) => Encoding.UTF8.GetString(package.Files.Single(f => f.Path == path).Content);

        [Fact]
        public void TwoBuildsOfTheCatalogAreIdentical()
        {
            using var a = new TempFolder();
            using var b = new TempFolder();
            var first = new CatalogRenderer(Templates).Render(Samples.Catalog, a.Path);
            var second = new CatalogRenderer(TemplateSet.Load()).Render(Samples.Catalog, b.Path);
            Assert.Equal(first, second);
            var filesA = Directory.GetFiles(a.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a.Path, f)).OrderBy(f => f, StringComparer.Ordinal).ToList();
            var filesB = Directory.GetFiles(b.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b.Path, f)).OrderBy(f => f, StringComparer.Ordinal).ToList();
            Assert.Equal(filesA, filesB);
            Assert.Contains(Path.Combine("rossdorf", "hundAnmelden.zip"), filesA);
            foreach (var f in filesA)
                Assert.True(File.ReadAllBytes(Path.Combine(a.Path, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b.Path, f))), f + " differs between builds");
        }

        [Fact]
        public void OnePackagePerOfferedService()
        {
            var items = CatalogRenderer.Items(Samples.Catalog);
            var rossdorf = items.Where(i => i.Tenant.Id == "rossdorf").Select(i => i.Form.Id).ToList();
            Assert.Equal(new[] { "baumfaellgenehmigung", "briefwahlBeantragen", "gewerbeAnmelden", "hundAnmelden", "kitaPlatz", "veranstaltungAnzeigen", "wohnsitzUmmelden" }, rossdorf);
            Assert.All(Samples.Catalog.Tenants, t => Assert.Contains(items, i => i.Tenant.Id == t.Id));
        }

        [Fact]
        public void ManifestListsEveryOtherFileWithItsHash()
        {
            var package = Hund();
            using var manifest = JsonDocument.Parse(Text(package, ManifestWriter.FileName));
            var root = manifest.RootElement;
            Assert.Equal("hundAnmelden", root.GetProperty("service").GetString());
            Assert.Equal("1.0.0", root.GetProperty("version").GetString());
            Assert.Equal("rossdorf", root.GetProperty("tenant").GetString());
            Assert.Equal("99102013104000", root.GetProperty("leika").GetString());
            var listed = root.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("sha256").GetString()!);
            var others = package.Files.Where(f => f.Path != ManifestWriter.FileName).ToList();
            Assert.Equal(others.Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal), listed.Keys.OrderBy(p => p, StringComparer.Ordinal));
            foreach (var file in others) Assert.Equal(Hashes.Sha256(file.Content), listed[file.Path]);
        }

        [Fact]
        public void ZipHoldsThePackageFilesUnderTheServiceFolder()
        {
            var package = Hund();
            using var zip = new ZipArchive(new MemoryStream(package.Zip), ZipArchiveMode.Read);
            Assert.Equal(package.Files.Select(f => "hundAnmelden/" + f.Path), zip.Entries.Select(e => e.FullName));
            Assert.All(zip.Entries, e => Assert.Equal(DeterministicZip.Timestamp.Year, e.LastWriteTime.Year));
            // Pages are joined from pieces deflated apart (the tenant's layout around the shared steps): every entry must inflate to the file.
            foreach (var file in package.Files)
            {
                using var entry = zip.GetEntry("hundAnmelden/" + file.Path)!.Open();
                using var content = new MemoryStream();
                entry.CopyTo(content);
                Assert.True(content.ToArray().AsSpan().SequenceEqual(file.Content), file.Path + " differs in the zip");
            }
        }

        [Fact]
        public void BuildWritesTheSameZipAsThePackageBuilder()
        {
            using var output = new TempFolder();
            new CatalogRenderer(Templates).Render(Samples.Catalog, output.Path);
            Assert.Equal(Hund().Zip, File.ReadAllBytes(Path.Combine(output.Path, "rossdorf", "hundAnmelden.zip")));
            foreach (var file in Hund().Files)
                Assert.Equal(file.Content, File.ReadAllBytes(Path.Combine(output.Path, "rossdorf", "hundAnmelden", file.Path)));
        }

        [Fact]
        public void PackageIsSelfContained()
        {
            var package = Hund();
            foreach (var page in new[] { "index.html", "index.en.html" })
            {
                string html = Text(package, page);
                var sources = Regex.Matches(html, "<(?:script|link|img)[^>]+(?:src|href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
                Assert.NotEmpty(sources);
                Assert.All(sources, s => Assert.DoesNotContain(":", s));
                Assert.All(sources, s => Assert.Contains(package.Files, f => f.Path == s));
                Assert.Contains("Content-Security-Policy", html);
            }
            Assert.DoesNotContain(package.Files, f => Encoding.UTF8.GetString(f.Content).Contains("\r\n"));
        }

        [Fact]
        public void EnglishPageOnlyWhereTheDefinitionHasEnglish()
        {
            Assert.Contains(Hund().Files, f => f.Path == "index.en.html");
            var catalog = new InlineCatalog()
                .File("services/nurDeutsch.form.json", "{ \"id\": \"nurDeutsch\", \"title\": \"Nur deutsch\", \"steps\": [ { \"id\": \"s\", \"title\": \"S\", \"fields\": [ { \"id\": \"a\", \"type\": \"text\", \"label\": \"A\" } ] } ] }")
                .File("tenants/t.tenant.json", "{ \"id\": \"t\", \"name\": \"T\", \"type\": \"gemeinde\", \"offers\": [\"nurDeutsch\"] }")
                .Bind();
            var package = new PackageBuilder(Templates).Build(catalog.Form("nurDeutsch")!, catalog.Tenant("t")!);
            Assert.DoesNotContain(package.Files, f => f.Path == "index.en.html");
        }

        [Fact]
        public void FormScriptParsesAndItsPrintedLogicRuns()
        {
            var package = Hund();
            string script = Text(package, PackageBuilder.Script);
            Assert.True(NodeCheck.IsValidJavaScript(script, out var error), error);
            // Run the generated module against the real runtime with a stub page: rasseSonstige shows only for 'sonstige'.
            string harness = JavaScript.Definitions.RuntimeSource + "\n" + """
                var registered = null;
                globalThis.FormFactoryExpressions = module.exports;
                globalThis.FormFactoryForms = { register: function (def) { registered = def; } };
                """ + "\n" + JavaScript.Module(package) + "\n" + """
                var hunde = registered.fields.filter(function (f) { return f.id === "hunde"; })[0];
                var sonstige = hunde.fields.filter(function (f) { return f.id === "rasseSonstige"; })[0];
                function context(rasse) { return { today: "2026-06-15", read: function (path, k) { return path === "hunde[].rasse" && k.hunde === 0 ? rasse : null; } }; }
                console.log(JSON.stringify([sonstige.visible(context("sonstige"), { hunde: 0 }), sonstige.visible(context("mischling"), { hunde: 0 }), sonstige.visible(context(null), { hunde: 0 })]));
                """;
            var (code, stdout, stderr) = NodeCheck.Run(harness);
            Assert.True(code == 0, stderr);
            Assert.Equal("[true,false,false]", stdout.Trim());
        }

        [Fact]
        public void InterfaceTextsTravelOnceInTheScriptLibraryNotInEachFormsModule()
        {
            var package = Hund();
            string library = Text(package, PackageBuilder.BehaviourLibrary);
            string module = Text(package, PackageBuilder.Script);
            int texts = library.IndexOf("FormFactoryForms.ui = ", StringComparison.Ordinal);
            Assert.True(texts > library.IndexOf("root.FormFactoryForms = {", StringComparison.Ordinal), "the texts are set after the library defines FormFactoryForms");
            foreach (var language in new[] { "de", "en" })
                foreach (var (key, text) in FormFactory.Rendering.Views.UiTexts.All(language))
                    Assert.Contains(key + ": " + FormFactory.Definitions.Expressions.JavaScriptPrinter.Quote(text), library.Substring(texts));
            Assert.DoesNotContain("ui:", module);
            Assert.DoesNotContain(FormFactory.Definitions.Expressions.JavaScriptPrinter.Quote(FormFactory.Rendering.Views.UiTexts.All("de").First().Value), module);
        }

        /// <summary>Pieces of the package script.</summary>
        private static class JavaScript
        {
            public static class Definitions
            {
                public static string RuntimeSource => FormFactory.Definitions.Expressions.JavaScriptPrinter.RuntimeSource;
            }

            /// <summary>The generated module: everything after the behaviour library.</summary>
            public static string Module(FormPackage package)
            {
                string script = Text(package, PackageBuilder.Script);
                return script.Substring(script.IndexOf("/* Generated by FormFactory", StringComparison.Ordinal));
            }
        }
    }
}
