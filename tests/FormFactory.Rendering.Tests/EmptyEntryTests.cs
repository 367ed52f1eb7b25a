using System.Collections.Generic;
using System.Linq;
using FormFactory.Definitions.Model;
using FormFactory.Rendering.Pages;
using FormFactory.Rendering.Templates;
using FormFactory.Rendering.Tests.Support;
using FormFactory.Synthetic;
using FormFactory.Workspace;

namespace FormFactory.Rendering.Tests
{
    /// <summary>
    /// With the shipped templates, an empty entry of a repeated group is rendered once per kind and its index and
    /// number put in (<see cref="TemplateSet.RendersEmptyEntriesOnce"/>); rendering every entry must give the same page.
    /// </summary>
    public class EmptyEntryTests
    {
        private static readonly TemplateSet Shipped = TemplateSet.Load();

        // The same templates with a comment added: no longer the shipped ones, so every entry is rendered.
        private static readonly TemplateSet EntryByEntry = TemplateSet.FromFiles(TemplateFiles.Read(null).ToDictionary(
            f => f.Key, f => f.Key == "partials/repeat-item.html" ? f.Value + "{{## rendered entry by entry ##}}" : f.Value));

        [Fact]
        public void OnlyTheShippedTemplatesRenderEmptyEntriesOnce()
        {
            Assert.True(Shipped.RendersEmptyEntriesOnce);
            Assert.False(EntryByEntry.RendersEmptyEntriesOnce);
        }

        [Fact]
        public void SampleFormsAreTheSameEitherWay() => AssertSameEitherWay(Samples.Catalog);

        [Fact]
        public void SyntheticFormsAreTheSameEitherWay()
        {
            using var folder = new TempFolder();
            CatalogSynthesizer.Write(new SynthOptions { Services = 80, Tenants = 6, Seed = 7 }, folder.Path);
            var catalog = CatalogLoader.Load(folder.Path).Catalog;
            Assert.Contains(catalog.Forms, f => f.AllFields.Any(x => x.IsRepeated));
            AssertSameEitherWay(catalog);
        }

        [Fact]
        public void AnEntryWithAValueOrAnErrorIsRenderedOnItsOwn()
        {
            var form = Samples.Form("hundAnmelden");
            var values = System.Text.Json.JsonDocument.Parse("""{ "hunde": [ { "name": "Bello" }, {} ] }""").RootElement;
            var state = new PageState(values, new List<FormFactory.Runtime.ValidationError>());
            var steps = FormPageBuilder.Steps(form, "de", state);
            var hunde = steps.SelectMany(s => s.Fields).Single(f => f.Name == "hunde");
            Assert.Null(hunde.Items[0].Like);
            Assert.Null(hunde.Items[1].Like); // {} is an entry the citizen added
            Assert.NotNull(hunde.Items[2].Like);
            Assert.Equal(Render(Shipped, form, state), Render(EntryByEntry, form, state));
        }

        /// <summary>
        /// A text holding a private-use character the markers are made of leaves its entries to be rendered one by one;
        /// an entry nested in an empty entry carries the markers of both and is still rendered once. A text cannot hold
        /// a whole marker (they carry a key made anew in every run), so one that looks like the markers once did
        /// (U+E000, digits, U+E001) is kept as written, as is the browser's placeholder.
        /// </summary>
        [Theory]
        [InlineData("Name")]
        [InlineData("Name \uE000")]
        [InlineData("Name \uE003 \uE0011")]
        [InlineData("Name \uE0000\uE001 \uE0021\uE003")]
        [InlineData("Name __0__ __1__")]
        public void MarkerCharactersInTextsAndNestedEntriesGiveTheSamePage(string label)
        {
            string text = InlineCatalog.Json(label);
            var catalog = new InlineCatalog()
                .File("services/nest.form.json", $$"""
                    { "id": "nest", "version": "1.0.0", "title": "Nest", "steps": [ { "id": "eins", "title": "Eins", "fields": [
                      { "id": "tiere", "type": "group", "label": "Tiere", "repeat": { "min": 1, "max": 3 }, "fields": [
                        { "id": "name", "type": "text", "label": {{text}}, "default": {{text}} },
                        { "id": "impfungen", "type": "group", "label": "Impfungen", "repeat": { "max": 2 }, "fields": [
                          { "id": "datum", "type": "date", "label": {{text}} } ] } ] } ] } ] }
                    """)
                .File("tenants/stadt.tenant.json", """{ "id": "stadt", "name": "Stadt", "type": "gemeinde", "offers": ["nest"] }""")
                .Bind();
            AssertSameEitherWay(catalog);
        }

        private static void AssertSameEitherWay(Catalog catalog)
        {
            var tenant = catalog.Tenants[0];
            foreach (var form in catalog.Forms)
                foreach (var language in FormPageBuilder.Languages(form))
                    Assert.Equal(new FormRenderer(EntryByEntry).Render(form, tenant, language), new FormRenderer(Shipped).Render(form, tenant, language));
        }

        private static string Render(TemplateSet templates, FormModel form, PageState state) =>
            new FormRenderer(templates).Render(form, Samples.Tenant("rossdorf"), "de", state);
    }
}
