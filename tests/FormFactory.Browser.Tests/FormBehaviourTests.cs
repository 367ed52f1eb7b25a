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
        private readonly BrowserFixture _browser;

        public FormBehaviourTests(BrowserFixture browser) => _browser = browser;

        /// <summary>Enters the first valid sample of "Hund anmelden" (Erika Mustermann with one dog, Bello).</summary>
        private FormFiller Hund => new FormFiller(_browser.Built.Catalog.Form("hundAnmelden")!, SampleSubmissions.Read("hundAnmelden", "valid-1"));

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
            await Hund.FillStepAsync(page, 0);
            await FormFiller.NextAsync(page);
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
            await FormFiller.NextAsync(page);
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
            await Hund.FillStepAsync(page, 0);
            await FormFiller.NextAsync(page);
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
            await Hund.FillStepAsync(page, 0);
            await FormFiller.NextAsync(page);
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
            await Hund.CompleteToCheckPageAsync(page);
            Assert.True(await page.IsVisibleAsync("[data-ff-check]"));
            var row = page.Locator(".kern-description-list-item", new PageLocatorOptions { HasText = "Familienname" });
            Assert.Equal("Mustermann", (await row.Locator(".kern-description-list-item__value").TextContentAsync())?.Trim());
            Assert.Equal("DE89370400440532013000", (await page.Locator(".kern-description-list-item", new PageLocatorOptions { HasText = "IBAN" }).Locator(".kern-description-list-item__value").TextContentAsync())?.Trim());
            await row.Locator("a").ClickAsync();
            Assert.Equal("ff-person-familienname", await page.EvaluateAsync<string>("document.activeElement.id"));
            await page.FillAsync("#ff-person-familienname", "Musterfrau");
            await FormFiller.NextAsync(page);
            Assert.True(await page.IsVisibleAsync("[data-ff-check]"));
            Assert.Equal("Musterfrau", (await row.Locator(".kern-description-list-item__value").TextContentAsync())?.Trim());
        }

        [Fact]
        public async Task AttachmentsTravelInTheJsonPostWithTheirHash()
        {
            var page = await OpenAsync();
            byte[] pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4 Sachkundenachweis");
            await Hund.FillStepAsync(page, 0);
            await FormFiller.NextAsync(page);
            await Hund.FillStepAsync(page, 1);
            await page.CheckAsync("#ff-hunde-0-gefaehrlich");
            await page.SetInputFilesAsync("#ff-hunde-0-sachkundenachweis", new FilePayload { Name = "nachweis.pdf", MimeType = "application/pdf", Buffer = pdf });
            await FormFiller.NextAsync(page);
            await Hund.FillStepAsync(page, 2);
            await FormFiller.NextAsync(page);
            await Hund.FillStepAsync(page, 3);
            await FormFiller.NextAsync(page);
            Assert.Equal("nachweis.pdf", (await page.Locator(".kern-description-list-item", new PageLocatorOptions { HasText = "Sachkundenachweis" }).Locator(".kern-description-list-item__value").TextContentAsync())?.Trim());
            await page.ClickAsync("[data-ff-submit]");
            await page.Locator("[data-ff-confirmation]").WaitForAsync();

            var received = _browser.Server.Received((await page.TextContentAsync("[data-ff-reference]"))!);
            Assert.Empty(received.Problems);
            using var data = JsonDocument.Parse(received.DataJson);
            string sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
            var file = data.RootElement.GetProperty("hunde")[0].GetProperty("sachkundenachweis");
            Assert.Equal(("nachweis.pdf", "application/pdf", pdf.Length, sha), (file.GetProperty("name").GetString(), file.GetProperty("mediaType").GetString(), file.GetProperty("size").GetInt32(), file.GetProperty("sha256").GetString()));
            var attachment = Assert.Single(received.Files);
            Assert.Equal(("hunde[0].sachkundenachweis", sha), (attachment.Path, attachment.Sha256));
            Assert.Equal(pdf, attachment.Content);
        }

        [Fact]
        public async Task ServerErrorsOfAJsonPostAreShownInTheSummary()
        {
            var page = await OpenAsync();
            // A check only the host can make: the endpoint answers 422 with the error at the field's path.
            _browser.Server.HostRule = (form, data) => form == "hundAnmelden" && data.GetProperty("hunde")[0].GetProperty("chipnummer").GetString() == "276098106543210"
                ? new FormFactory.Runtime.ValidationError("hunde[0].chipnummer", "registered", "Diese Chipnummer ist schon angemeldet.", "This chip number is already registered.")
                : null;
            try
            {
                await Hund.CompleteToCheckPageAsync(page);
                await page.ClickAsync("[data-ff-submit]");
                await page.Locator("[data-ff-error-list] a").WaitForAsync();
            }
            finally
            {
                _browser.Server.HostRule = null;
            }
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
            await FormFiller.NextAsync(page);
            Assert.Equal("Enter “First name(s)”.", await page.Locator("[data-ff-error-list] a").First.TextContentAsync());
            Assert.Equal("index.html", await page.GetAttributeAsync("a[hreflang=de]", "href"));
        }
    }
}
