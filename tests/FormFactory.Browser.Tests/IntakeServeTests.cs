using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FormFactory.Browser.Tests.Support;
using FormFactory.Definitions.Validation;
using Microsoft.Playwright;

namespace FormFactory.Browser.Tests
{
    /// <summary>
    /// Chromium against the catalog as <c>formfactory serve</c> serves it (<see cref="ServedCatalog"/>): a citizen
    /// fills a form with and without JavaScript, sees the reference, and the store holds exactly what the validator
    /// keeps; a server-side refusal shows on the re-rendered page. The intake's confirmation page and the re-rendered
    /// error page pass axe-core and the Nu Html Checker.
    /// </summary>
    [Collection(BrowserCollection.Name)]
    public sealed class IntakeServeTests : IClassFixture<ServedCatalog>
    {
        private readonly BrowserFixture _browser;
        private readonly ServedCatalog _served;

        public IntakeServeTests(BrowserFixture browser, ServedCatalog served)
        {
            _browser = browser;
            _served = served;
        }

        private static string KeptOf(Definitions.Model.FormModel form, System.Text.Json.JsonElement sample)
        {
            var result = new ReferenceValidator(form, () => SampleSubmissions.Today).Validate(sample);
            Assert.True(result.IsValid, string.Join("\n", result.Errors));
            return result.KeptJson;
        }

        [Fact]
        public async Task WithJavaScriptTheConfirmationShowsTheReferenceOfWhatWasStored()
        {
            var form = _browser.Built.Catalog.Form("hundAnmelden")!;
            var sample = SampleSubmissions.WithDefaults(form, SampleSubmissions.Read("hundAnmelden", "valid-1"));
            var page = await _browser.NewPageAsync();
            await page.GotoAsync(_served.Origin + "/rossdorf/hundAnmelden/");
            await new FormFiller(form, sample).CompleteToCheckPageAsync(page);
            await page.ClickAsync("[data-ff-submit]");
            await page.Locator("[data-ff-confirmation]").WaitForAsync();
            string reference = (await page.TextContentAsync("[data-ff-reference]"))!;
            Assert.True(Intake.Receiving.ReferenceNumbers.IsValid(reference), reference);
            var stored = await _served.Store.FindAsync("rossdorf", reference);
            Assert.NotNull(stored);
            Assert.Equal(("json", KeptOf(form, sample)), (stored!.Encoding, stored.DataJson));
        }

        [Fact]
        public async Task WithoutJavaScriptThePostRedirectsToAnAccessibleConfirmationOfWhatWasStored()
        {
            var form = _browser.Built.Catalog.Form("hundAnmelden")!;
            // valid-1 has no attachments: the filler's made-up files are text, which the intake refuses as PDF or PNG.
            var sample = SampleSubmissions.WithDefaults(form, SampleSubmissions.Read("hundAnmelden", "valid-1"));
            var page = await _browser.NewPageAsync(javaScript: false);
            await page.GotoAsync(_served.Origin + "/rossdorf/hundAnmelden/");
            await new FormFiller(form, sample).FillAllAsync(page);
            await page.ClickAsync("[data-ff-submit]");
            try { await Assertions.Expect(page).ToHaveURLAsync(new Regex("/status/[A-Za-z0-9_-]{43}$"), new() { Timeout = 30_000 }); }
            catch (PlaywrightException) { Assert.Fail("no confirmation; the page says: " + await page.InnerTextAsync("[data-ff-error-list]")); }
            string reference = (await page.TextContentAsync("#reference"))!;
            var stored = await _served.Store.FindAsync("rossdorf", reference);
            Assert.NotNull(stored);
            Assert.Equal(("multipart", KeptOf(form, sample)), (stored!.Encoding, stored.DataJson));
            // axe runs as a script, so the page is checked again in a browser with JavaScript (it has no script of its own).
            var checkable = await _browser.NewPageAsync();
            await checkable.GotoAsync(page.Url);
            await Axe.AssertNoViolationsAsync(checkable, "intake confirmation");
            await _browser.Vnu.AssertValidAsync(new[] { ("intake confirmation", await checkable.ContentAsync()) });
        }

        [Fact]
        public async Task ARefusedAttachmentShowsOnTheReRenderedPage()
        {
            // The filler attaches a few words of text as the PDF: the validator accepts the metadata, the intake the bytes not.
            var form = _browser.Built.Catalog.Form("anwohnerparkausweis")!;
            var sample = SampleSubmissions.WithDefaults(form, SampleSubmissions.Read("anwohnerparkausweis", "valid-1"));
            int before = (await _served.Store.KeysAsync()).Count;
            var page = await _browser.NewPageAsync(javaScript: false);
            await page.GotoAsync(_served.Origin + "/darmstadt/anwohnerparkausweis/");
            await new FormFiller(form, sample).FillAllAsync(page);
            await page.ClickAsync("[data-ff-submit]");
            await page.Locator("[data-ff-error-summary]").WaitForAsync(new() { Timeout = 30_000 });
            string summary = (await page.TextContentAsync("[data-ff-error-summary]"))!;
            Assert.Contains("Der Inhalt der Datei passt nicht zu ihrem Typ (application/pdf).", summary);
            Assert.Equal(before, (await _served.Store.KeysAsync()).Count);
            // axe runs as a script: the answer is shown again at this host's address in a browser with JavaScript, the
            // form's own script blocked, so it is the page without JavaScript with the server's errors.
            string html = await page.ContentAsync();
            var checkable = await _browser.NewPageAsync();
            await checkable.RouteAsync("**/assets/form.js", route => route.AbortAsync());
            await checkable.GotoAsync(_served.Origin + "/healthz");
            await checkable.SetContentAsync(html);
            await Axe.AssertNoViolationsAsync(checkable, "intake page with a refused attachment");
            await _browser.Vnu.AssertValidAsync(new[] { ("intake page with a refused attachment", html) });
        }
    }
}
