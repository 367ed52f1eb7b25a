using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FormFactory.Browser.Tests.Support;
using FormFactory.Definitions.Validation;
using Microsoft.Playwright;

namespace FormFactory.Browser.Tests
{
    /// <summary>The form with JavaScript: steps, checks, reveal, add another, check answers, sending, confirmation.</summary>
    [Collection(BrowserCollection.Name)]
    public class FormBehaviourTests
    {
        private const string Endpoint = "https://example.org/formfactory/submissions";
        private readonly BrowserFixture _browser;

        public FormBehaviourTests(BrowserFixture browser) => _browser = browser;

        private async Task<IPage> OpenAsync(string page = "rossdorf/hundAnmelden/index.html")
        {
            var p = await _browser.NewPageAsync();
            await p.GotoAsync(_browser.Built.Url(page));
            return p;
        }

        [Fact]
        public async Task ShowsOneStepAtATimeWithProgress()
        {
            var page = await OpenAsync();
            Assert.Equal("Schritt 1 von 4", (await page.Locator(".ff-step:visible .ff-step__progress").TextContentAsync())?.Trim());
            await HundForm.FillHalterAsync(page);
            await HundForm.NextAsync(page);
            Assert.Equal("Schritt 2 von 4", (await page.Locator(".ff-step:visible .ff-step__progress").TextContentAsync())?.Trim());
            Assert.True(await page.IsVisibleAsync("[data-ff-back-link]"));
            await page.ClickAsync("[data-ff-back-link] a");
            Assert.True(await page.IsVisibleAsync("#schritt-halter"));
            Assert.Equal("Erika", await page.InputValueAsync("#ff-person-vorname"));
        }

        [Fact]
        public async Task ErrorSummaryLinksToEachFieldAndErrorsAreTiedToTheirInputs()
        {
            var page = await OpenAsync();
            await HundForm.NextAsync(page);
            var summary = page.Locator("[data-ff-error-summary]");
            Assert.True(await summary.IsVisibleAsync());
            Assert.Equal("ff-error-summary", await page.EvaluateAsync<string>("document.activeElement.classList[2]"));
            var links = page.Locator("[data-ff-error-list] a");
            Assert.Equal(7, await links.CountAsync());
            Assert.Equal("#ff-person-vorname", await links.First.GetAttributeAsync("href"));
            Assert.Contains("ff-person-vorname--error", await page.GetAttributeAsync("#ff-person-vorname", "aria-describedby"));
            Assert.Equal("true", await page.GetAttributeAsync("#ff-person-vorname", "aria-invalid"));
            Assert.Equal("Fehler: Geben Sie „Vorname(n)“ an.", (await page.TextContentAsync("#ff-person-vorname--error"))?.Trim());
            await links.Nth(2).ClickAsync();
            Assert.Equal("ff-person-geburtsdatum", await page.EvaluateAsync<string>("document.activeElement.id"));
        }

        [Fact]
        public async Task DependentFieldsAreRevealedPerEntry()
        {
            var page = await OpenAsync();
            await HundForm.FillHalterAsync(page);
            await HundForm.NextAsync(page);
            Assert.False(await page.IsVisibleAsync("#ff-hunde-0-rasseSonstige"));
            await page.SelectOptionAsync("#ff-hunde-0-rasse", "sonstige");
            Assert.True(await page.IsVisibleAsync("#ff-hunde-0-rasseSonstige"));
            await page.ClickAsync("[data-ff-add]");
            Assert.Equal(2, await page.Locator("[data-ff-items] > [data-ff-item]").CountAsync());
            Assert.False(await page.IsVisibleAsync("#ff-hunde-1-rasseSonstige"));
            Assert.Equal("ff-hunde-1-name", await page.EvaluateAsync<string>("document.activeElement.id"));
            await page.CheckAsync("#ff-hunde-1-gefaehrlich");
            Assert.True(await page.IsVisibleAsync("#ff-hunde-1-sachkundenachweis"));
            Assert.False(await page.IsVisibleAsync("#ff-hunde-0-sachkundenachweis"));
        }

        [Fact]
        public async Task AddAnotherStopsAtTheMaximumAndRemoveRenumbers()
        {
            var page = await OpenAsync();
            await HundForm.FillHalterAsync(page);
            await HundForm.NextAsync(page);
            for (int i = 0; i < 4; i++) await page.ClickAsync("[data-ff-add]");
            Assert.Equal(5, await page.Locator("[data-ff-items] > [data-ff-item]").CountAsync());
            Assert.False(await page.IsVisibleAsync("[data-ff-add]"));
            await page.FillAsync("#ff-hunde-2-name", "Dritter");
            await page.ClickAsync("#ff-hunde-0 [data-ff-remove]");
            Assert.Equal(4, await page.Locator("[data-ff-items] > [data-ff-item]").CountAsync());
            Assert.Equal("Dritter", await page.InputValueAsync("#ff-hunde-1-name"));
            Assert.Equal("hunde[1].name", await page.GetAttributeAsync("#ff-hunde-1-name", "name"));
            Assert.Equal("Hund 2", string.Join(" ", ((await page.TextContentAsync("#ff-hunde-1 > legend")) ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            Assert.True(await page.IsVisibleAsync("[data-ff-add]"));
        }

        [Fact]
        public async Task CheckAnswersPageHasChangeLinksThatReturnToIt()
        {
            var page = await OpenAsync();
            await HundForm.CompleteToCheckPageAsync(page);
            Assert.True(await page.IsVisibleAsync("[data-ff-check]"));
            var row = page.Locator(".kern-description-list-item", new PageLocatorOptions { HasText = "Familienname" });
            Assert.Equal("Mustermann", (await row.Locator(".kern-description-list-item__value").TextContentAsync())?.Trim());
            Assert.Equal("DE89370400440532013000", (await page.Locator(".kern-description-list-item", new PageLocatorOptions { HasText = "IBAN" }).Locator(".kern-description-list-item__value").TextContentAsync())?.Trim());
            await row.Locator("a").ClickAsync();
            Assert.Equal("ff-person-familienname", await page.EvaluateAsync<string>("document.activeElement.id"));
            await page.FillAsync("#ff-person-familienname", "Musterfrau");
            await HundForm.NextAsync(page);
            Assert.True(await page.IsVisibleAsync("[data-ff-check]"));
            Assert.Equal("Musterfrau", (await row.Locator(".kern-description-list-item__value").TextContentAsync())?.Trim());
        }

        [Fact]
        public async Task SendsJsonTheReferenceValidatorAcceptsAndShowsTheReference()
        {
            var page = await OpenAsync();
            string? body = null;
            await page.RouteAsync(Endpoint, async route =>
            {
                body = route.Request.PostData;
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 201, ContentType = "application/json", Body = "{\"reference\":\"HST-2026-000042\"}",
                    Headers = new System.Collections.Generic.Dictionary<string, string> { ["Access-Control-Allow-Origin"] = "*" },
                });
            });
            await HundForm.CompleteToCheckPageAsync(page);
            await page.ClickAsync("[data-ff-submit]");
            await page.Locator("[data-ff-confirmation]").WaitForAsync();
            Assert.Equal("HST-2026-000042", await page.TextContentAsync("[data-ff-reference]"));
            Assert.False(await page.IsVisibleAsync("form"));

            using var envelope = JsonDocument.Parse(body!);
            var root = envelope.RootElement;
            Assert.Equal(("hundAnmelden", "rossdorf", "de"), (root.GetProperty("form").GetString(), root.GetProperty("tenant").GetString(), root.GetProperty("language").GetString()));
            var form = _browser.Built.Catalog.Form("hundAnmelden")!;
            var result = new ReferenceValidator(form).Validate(root.GetProperty("data"));
            Assert.True(result.IsValid, string.Join("\n", result.Errors));
            // What the browser sends is exactly what the validator keeps: visible, non-empty, normalised values.
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(root.GetProperty("data").GetRawText()), System.Text.Json.Nodes.JsonNode.Parse(result.KeptJson)),
                root.GetProperty("data").GetRawText() + "\n" + result.KeptJson);
        }

        [Fact]
        public async Task AttachmentsTravelInTheJsonPostWithTheirHash()
        {
            var page = await OpenAsync();
            string? body = null;
            await page.RouteAsync(Endpoint, async route =>
            {
                body = route.Request.PostData;
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 201, ContentType = "application/json", Body = "{\"reference\":\"HST-2026-000043\"}",
                    Headers = new System.Collections.Generic.Dictionary<string, string> { ["Access-Control-Allow-Origin"] = "*" },
                });
            });
            byte[] pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4 Sachkundenachweis");
            await HundForm.FillHalterAsync(page);
            await HundForm.NextAsync(page);
            await HundForm.FillHundeAsync(page);
            await page.CheckAsync("#ff-hunde-0-gefaehrlich");
            await page.SetInputFilesAsync("#ff-hunde-0-sachkundenachweis", new FilePayload { Name = "nachweis.pdf", MimeType = "application/pdf", Buffer = pdf });
            await HundForm.NextAsync(page);
            await HundForm.FillWeitereAsync(page);
            await HundForm.NextAsync(page);
            await HundForm.FillAbschlussAsync(page);
            await HundForm.NextAsync(page);
            Assert.Equal("nachweis.pdf", (await page.Locator(".kern-description-list-item", new PageLocatorOptions { HasText = "Sachkundenachweis" }).Locator(".kern-description-list-item__value").TextContentAsync())?.Trim());
            await page.ClickAsync("[data-ff-submit]");
            await page.Locator("[data-ff-confirmation]").WaitForAsync();

            using var envelope = JsonDocument.Parse(body!);
            string sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
            var file = envelope.RootElement.GetProperty("data").GetProperty("hunde")[0].GetProperty("sachkundenachweis");
            Assert.Equal(("nachweis.pdf", "application/pdf", pdf.Length, sha), (file.GetProperty("name").GetString(), file.GetProperty("mediaType").GetString(), file.GetProperty("size").GetInt32(), file.GetProperty("sha256").GetString()));
            var attachment = envelope.RootElement.GetProperty("attachments")[0];
            Assert.Equal("hunde[0].sachkundenachweis", attachment.GetProperty("path").GetString());
            Assert.Equal(sha, attachment.GetProperty("sha256").GetString());
            Assert.Equal(pdf, Convert.FromBase64String(attachment.GetProperty("content").GetString()!));
            var result = new ReferenceValidator(_browser.Built.Catalog.Form("hundAnmelden")!).Validate(envelope.RootElement.GetProperty("data"));
            Assert.True(result.IsValid, string.Join("\n", result.Errors));
        }

        [Fact]
        public async Task ServerErrorsOfAJsonPostAreShownInTheSummary()
        {
            var page = await OpenAsync();
            await page.RouteAsync(Endpoint, route => route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 422, ContentType = "application/json",
                Body = "{\"errors\":[{\"path\":\"hunde[0].chipnummer\",\"code\":\"pattern\",\"message\":\"Diese Chipnummer ist schon angemeldet.\"}]}",
                Headers = new System.Collections.Generic.Dictionary<string, string> { ["Access-Control-Allow-Origin"] = "*" },
            }));
            await HundForm.CompleteToCheckPageAsync(page);
            await page.ClickAsync("[data-ff-submit]");
            await page.Locator("[data-ff-error-list] a").WaitForAsync();
            Assert.Equal("Diese Chipnummer ist schon angemeldet.", await page.TextContentAsync("[data-ff-error-list] a"));
            await page.ClickAsync("[data-ff-error-list] a");
            Assert.Equal("ff-hunde-0-chipnummer", await page.EvaluateAsync<string>("document.activeElement.id"));
        }

        [Fact]
        public async Task EnglishPageSpeaksEnglish()
        {
            var page = await OpenAsync("rossdorf/hundAnmelden/index.en.html");
            Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
            Assert.Equal("Step 1 of 4", (await page.Locator(".ff-step:visible .ff-step__progress").TextContentAsync())?.Trim());
            await HundForm.NextAsync(page);
            Assert.Equal("Enter “First name(s)”.", await page.Locator("[data-ff-error-list] a").First.TextContentAsync());
            Assert.Equal("index.html", await page.GetAttributeAsync("a[hreflang=de]", "href"));
        }
    }
}
