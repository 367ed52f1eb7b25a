using System;
using System.Text.Json;
using System.Threading.Tasks;
using FormFactory.Browser.Tests.Support;
using FormFactory.Definitions;
using FormFactory.Definitions.Binding;
using Microsoft.Playwright;

namespace FormFactory.Browser.Tests
{
    /// <summary>
    /// "Add another" copies an entry template whose ids and names hold the index placeholder (<c>__0__</c>, <c>__1__</c>
    /// nested): the index is put into ids and names only, so texts that hold the placeholder, in labels, hints, codes
    /// and entry names, show as the designer wrote them in every entry added.
    /// </summary>
    [Collection(BrowserCollection.Name)]
    public sealed class RepeatPlaceholderTests : IDisposable
    {
        private const string Text = "Feld __0__ und __1__";
        private readonly BrowserFixture _browser;
        private readonly BuiltCatalog _built;

        public RepeatPlaceholderTests(BrowserFixture browser)
        {
            _browser = browser;
            string t = JsonSerializer.Serialize(Text);
            var result = CatalogBinder.Bind(new[]
            {
                new DefinitionFile("codelists/platz.codelist.json", $$"""{ "id": "platz", "values": [ { "code": "__0__", "label": {{t}} }, { "code": "b", "label": "B" } ] }"""),
                new DefinitionFile("services/platz.form.json", $$"""
                    { "id": "platz", "title": "Platzhalter", "steps": [ { "id": "eins", "title": "Eins", "fields": [
                      { "id": "tiere", "type": "group", "label": {{t}}, "itemLabel": {{t}}, "repeat": { "min": 1, "max": 3 }, "fields": [
                        { "id": "name", "type": "text", "label": {{t}}, "hint": {{t}}, "required": true },
                        { "id": "art", "type": "choice", "codeList": "platz", "label": {{t}}, "required": true },
                        { "id": "impfungen", "type": "group", "label": {{t}}, "repeat": { "max": 2 }, "fields": [
                          { "id": "datum", "type": "text", "label": {{t}}, "required": true } ] } ] } ] } ] }
                    """),
                new DefinitionFile("tenants/stadt.tenant.json", """{ "id": "stadt", "name": "Stadt", "type": "gemeinde", "offers": ["platz"] }"""),
            });
            Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
            _built = new BuiltCatalog(result.Catalog, _ => "https://127.0.0.1:9/none");
        }

        public void Dispose() => _built.Dispose();

        [Fact]
        public async Task TextsHoldingTheIndexPlaceholderAreKeptInEveryAddedEntry()
        {
            var page = await _browser.NewPageAsync();
            await page.GotoAsync(_built.Url("stadt/platz/index.html"));
            await page.ClickAsync("[data-ff-name=tiere] > fieldset > [data-ff-add]");
            var added = page.Locator("#ff-tiere-1");
            Assert.Equal(Text + " 2", (await added.Locator("> legend").TextContentAsync())?.Trim());
            Assert.Equal(Text, (await page.TextContentAsync("label[for=ff-tiere-1-name]"))?.Trim());
            Assert.Equal(Text, (await page.TextContentAsync("#ff-tiere-1-name--hint"))?.Trim());
            Assert.Equal("__0__", await page.GetAttributeAsync("#ff-tiere-1-art", "value"));
            Assert.Equal(Text, (await page.TextContentAsync("label[for=ff-tiere-1-art]"))?.Trim());

            // The nested group's entries, added inside the added entry, carry both indices and keep their texts too.
            await added.Locator("[data-ff-name='tiere[1].impfungen'] > fieldset > [data-ff-add]").ClickAsync();
            Assert.Equal(Text, (await page.TextContentAsync("label[for=ff-tiere-1-impfungen-0-datum]"))?.Trim());
            Assert.Equal("tiere[1].impfungen[0].datum", await page.GetAttributeAsync("#ff-tiere-1-impfungen-0-datum", "name"));
            // Selectors do not look into templates: no live element is left with a placeholder in its id or name.
            Assert.Equal(0, await page.Locator("[id*='__'], [name*='__']").CountAsync());
        }
    }
}
