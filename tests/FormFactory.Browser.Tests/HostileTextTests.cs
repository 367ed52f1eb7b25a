using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FormFactory.Browser.Tests.Support;
using FormFactory.Definitions;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Model;
using FormFactory.Rendering.Packages;
using FormFactory.Rendering.Templates;
using Microsoft.Playwright;

namespace FormFactory.Browser.Tests
{
    /// <summary>Hostile text in definitions and answers shows literally in a real browser and never runs.</summary>
    [Collection(BrowserCollection.Name)]
    public sealed class HostileTextTests : IDisposable
    {
        private const string Hostile = "</textarea><script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">{{ 1+1 }}\"' <b>fett</b>";
        private readonly BrowserFixture _browser;
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "formfactory-hostile-" + Guid.NewGuid().ToString("N"));

        public HostileTextTests(BrowserFixture browser)
        {
            _browser = browser;
            string h = JsonSerializer.Serialize(Hostile);
            var files = new[]
            {
                new DefinitionFile("codelists/boese.codelist.json", $$"""{ "id": "boese", "values": [ { "code": "a", "label": {{h}}, "description": {{h}} }, { "code": "b", "label": "B" } ] }"""),
                new DefinitionFile("services/boese.form.json", $$"""
                    { "id": "boese", "title": {{h}}, "summary": {{h}},
                      "steps": [ { "id": "eins", "title": {{h}}, "description": {{h}}, "fields": [
                        { "id": "info", "type": "info", "text": {{h}} },
                        { "id": "name", "type": "text", "label": {{h}}, "hint": {{h}}, "required": true, "messages": { "required": {{h}} } },
                        { "id": "text", "type": "textarea", "label": {{h}} },
                        { "id": "wahl", "type": "choice", "codeList": "boese", "label": {{h}} } ] } ] }
                    """),
                new DefinitionFile("tenants/boese.tenant.json", $$"""{ "id": "boese", "name": {{h}}, "type": "gemeinde", "offers": ["boese"], "services": { "boese": { "hint": {{h}} } } }"""),
            };
            var result = CatalogBinder.Bind(files);
            Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
            var tenant = result.Catalog.Tenant("boese")! with { SubmissionEndpoint = "javascript:window.__pwned=3", Contact = new Contact(Hostile, Hostile, Hostile, Hostile) };
            var package = new PackageBuilder(TemplateSet.Load()).Build(result.Catalog.Form("boese")!, tenant);
            foreach (var file in package.Files)
            {
                string path = Path.Combine(_folder, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }
        }

        public void Dispose()
        {
            try { Directory.Delete(_folder, true); } catch (IOException) { }
        }

        private async Task<IPage> OpenAsync(bool javaScript)
        {
            var page = await _browser.NewPageAsync(javaScript);
            page.Dialog += (_, dialog) => throw new InvalidOperationException("a dialog opened: " + dialog.Message);
            await page.GotoAsync(new Uri(Path.Combine(_folder, "index.html")).AbsoluteUri);
            return page;
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task DefinitionTextsShowLiterallyAndNothingRuns(bool javaScript)
        {
            var page = await OpenAsync(javaScript);
            Assert.Equal(Hostile, (await page.TextContentAsync("h1"))?.Trim());
            Assert.Equal(Hostile, await page.TitleAsync() is string t ? t.Substring(0, Hostile.Length) : null);
            Assert.Equal(Hostile, (await page.TextContentAsync("label[for=ff-name]"))?.Trim());
            Assert.Equal(Hostile, (await page.TextContentAsync("#ff-name--hint"))?.Trim());
            Assert.Equal(Hostile, (await page.TextContentAsync("label[for=ff-wahl]"))?.Trim());
            Assert.Equal(Hostile, (await page.TextContentAsync(".ff-info p"))?.Trim());
            Assert.Equal(Hostile, (await page.TextContentAsync(".ff-header__tenant a"))?.Trim());
            Assert.Equal("", await page.InputValueAsync("#ff-text"));
            Assert.Equal(2, await page.Locator("script").CountAsync()); // the script library and the form's module, nothing from the definition
            Assert.Equal(0, await page.Locator("img, b").CountAsync());
            Assert.Null(await page.GetAttributeAsync("form", "action"));
            if (javaScript) Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__pwned"));
        }

        [Fact]
        public async Task HostileAnswersAndMessagesShowLiterally()
        {
            var page = await OpenAsync(javaScript: true);
            await page.ClickAsync("[data-ff-next]");
            Assert.Equal(Hostile, await page.TextContentAsync("[data-ff-error-list] a"));
            Assert.Equal("Fehler: " + Hostile, (await page.TextContentAsync("#ff-name--error"))?.Trim());
            await page.FillAsync("#ff-name", Hostile);
            await page.FillAsync("#ff-text", Hostile);
            await page.CheckAsync("#ff-wahl");
            await page.ClickAsync("[data-ff-next]");
            Assert.True(await page.IsVisibleAsync("[data-ff-check]"));
            var values = await page.Locator(".kern-description-list-item__value").AllTextContentsAsync();
            Assert.Equal(new[] { Hostile, Hostile, Hostile }, values.ToArray());
            Assert.Equal(0, await page.Locator("img, b").CountAsync());
            Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__pwned"));
        }
    }
}
