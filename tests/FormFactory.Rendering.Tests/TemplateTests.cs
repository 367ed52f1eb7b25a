using System.Collections.Generic;
using System.IO;
using FormFactory.Definitions.FieldTypes;
using FormFactory.Rendering.Pages;
using FormFactory.Rendering.Templates;
using FormFactory.Rendering.Tests.Support;
using FormFactory.Rendering.Views;

namespace FormFactory.Rendering.Tests
{
    /// <summary>Template loading, overriding, caching and error reporting.</summary>
    public class TemplateTests
    {
        [Fact]
        public void OverrideFolderReplacesOneTemplateAndKeepsTheOthers()
        {
            using var dir = new TempFolder();
            dir.Write("fields/postcode.html", "<p class=\"custom-postcode\">{{ field.label }}</p>\n");
            var html = new FormRenderer(TemplateSet.Load(dir.Path)).Render(Samples.Form("hundAnmelden"), Samples.Tenant("rossdorf"), "de");
            Assert.Contains("<p class=\"custom-postcode\">Postleitzahl</p>", html);
            Assert.Contains("id=\"ff-anschrift-strasse\"", html);
        }

        [Fact]
        public void OverrideFolderCanReplaceTheStylesheet()
        {
            using var dir = new TempFolder();
            dir.Write("assets/formfactory.css", "body { color: black; }\r\n");
            var set = TemplateSet.Load(dir.Path);
            Assert.Equal("body { color: black; }\n", set.File("assets/formfactory.css"));
        }

        [Fact]
        public void SyntaxErrorNamesTemplateFileLineAndColumn()
        {
            using var dir = new TempFolder();
            dir.Write("partials/label.html", "<label>\n  {{ if model.label }}\n</label>\n");
            var e = Assert.Throws<TemplateException>(() => TemplateSet.Load(dir.Path));
            Assert.Equal("partials/label.html", e.File);
            Assert.True(e.Line >= 2, e.Message);
            Assert.StartsWith("partials/label.html(", e.Message);
        }

        /// <summary>
        /// A render call standing alone writes its partial straight into the output; used as a value (assigned,
        /// in a condition, in a function) it returns the markup. Each gives the same text,
        /// escaped the same way.
        /// </summary>
        [Theory]
        [InlineData("[{{ render \"p.html\" x }}]")]
        [InlineData("{{ y = render \"p.html\" x }}[{{ y }}]")]
        [InlineData("{{ if (render \"p.html\" x) != \"\" }}[{{ render \"p.html\" x }}]{{ end }}")]
        [InlineData("{{ func f(v) }}[{{ render \"p.html\" v }}]{{ end }}{{ f x }}")]
        public void RenderGivesThePartialWhereverItIsUsed(string page)
        {
            var set = TemplateSet.FromFiles(new Dictionary<string, string> { ["page.html"] = page, ["p.html"] = "<b>{{ model }}</b>" });
            string html = set.Render("page.html", new Dictionary<string, object?> { ["x"] = "a<b" });
            Assert.Equal("[<b>a&lt;b</b>]", html);
        }

        [Fact]
        public void SyntaxErrorPositionIsExact()
        {
            var e = Assert.Throws<TemplateException>(() => TemplateSet.FromFiles(new Dictionary<string, string> { ["a.html"] = "line one\nab {{ 1 + }}\n" }));
            Assert.Equal(("a.html", 2, 11), (e.File, e.Line, e.Column));
        }

        [Fact]
        public void RuntimeErrorNamesTheFailingTemplate()
        {
            using var dir = new TempFolder();
            dir.Write("fields/text.html", "<div>\n  {{ render \"partials/missing.html\" field }}\n</div>\n");
            var renderer = new FormRenderer(TemplateSet.Load(dir.Path));
            var e = Assert.Throws<TemplateException>(() => renderer.Render(Samples.Form("hundAnmelden"), Samples.Tenant("rossdorf"), "de"));
            Assert.Equal(("fields/text.html", 2), (e.File, e.Line));
            Assert.Equal(6, e.Column);
            Assert.Contains("partials/missing.html", e.Message);
        }

        [Theory]
        [InlineData("<p>{{ feild.label }}</p>\n", 1, 7)]
        [InlineData("<p>\n{{ field.lable }}</p>\n", 2, 4)]
        public void MisspeltNamesAreErrorsWithTheirPosition(string template, int line, int column)
        {
            using var dir = new TempFolder();
            dir.Write("fields/text.html", template);
            var renderer = new FormRenderer(TemplateSet.Load(dir.Path));
            var e = Assert.Throws<TemplateException>(() => renderer.Render(Samples.Form("hundAnmelden"), Samples.Tenant("rossdorf"), "de"));
            Assert.Equal(("fields/text.html", line), (e.File, e.Line));
            Assert.True(e.Column >= column - 3 && e.Column <= column + 6, e.Message);
        }

        [Fact]
        public void TemplatesAreParsedOnceAndSharedAcrossThreads()
        {
            var set = TemplateSet.Load();
            var renderer = new FormRenderer(set);
            var form = Samples.Form("kitaPlatz");
            var tenant = Samples.Tenant("rossdorf");
            string first = renderer.Render(form, tenant, "de");
            var results = new string[8];
            System.Threading.Tasks.Parallel.For(0, results.Length, i => results[i] = renderer.Render(form, tenant, "de"));
            Assert.All(results, r => Assert.Equal(first, r));
        }

        [Fact]
        public void EveryFieldTypeHasAPartialAndAnInputFacet()
        {
            var set = TemplateSet.Load();
            foreach (var type in FieldTypeRegistry.All)
            {
                Assert.True(set.HasTemplate("fields/" + type.Name + ".html"), "missing templates/fields/" + type.Name + ".html");
                Assert.True(InputFacets.Has(type.Name), "missing input facet for " + type.Name);
            }
        }

        [Fact]
        public void MissingOverrideFolderIsAnIoError()
        {
            Assert.Throws<DirectoryNotFoundException>(() => TemplateSet.Load(Path.Combine(Path.GetTempPath(), "no-such-templates-" + System.Guid.NewGuid().ToString("N"))));
        }
    }
}
