using System.Linq;
using System.Threading.Tasks;
using FormFactory.Browser.Tests.Support;
using FormFactory.Definitions.Validation;
using FormFactory.Rendering.Schema;
using FormFactory.Runtime.Submissions;
using Microsoft.Playwright;

namespace FormFactory.Browser.Tests
{
    /// <summary>The form without JavaScript: one page of fieldsets posting multipart/form-data.</summary>
    [Collection(BrowserCollection.Name)]
    public class NoScriptTests
    {
        private readonly BrowserFixture _browser;

        public NoScriptTests(BrowserFixture browser) => _browser = browser;

        [Fact]
        public async Task WholeFormIsOnePageWithEverySlot()
        {
            var page = await _browser.NewPageAsync(javaScript: false);
            await page.GotoAsync(_browser.Built.Url("rossdorf/hundAnmelden/index.html"));
            foreach (var step in new[] { "#schritt-halter", "#schritt-hunde", "#schritt-weitere", "#schritt-abschluss" })
                Assert.True(await page.IsVisibleAsync(step), step);
            Assert.Equal(5, await page.Locator("[data-ff-items] > [data-ff-item]").CountAsync());
            Assert.True(await page.IsVisibleAsync("[data-ff-submit]"));
            Assert.False(await page.IsVisibleAsync("[data-ff-next]"));
            Assert.True(await page.IsVisibleAsync("#ff-anschrift-plzAusland"));
        }

        [Fact]
        public async Task PostsMultipartThatConvertsToAValidSubmission()
        {
            var page = await _browser.NewPageAsync(javaScript: false);
            await page.GotoAsync(_browser.Built.Url("rossdorf/hundAnmelden/index.html"));
            byte[]? body = null;
            string? contentType = null;
            await page.RouteAsync("https://example.org/formfactory/submissions", async route =>
            {
                body = route.Request.PostDataBuffer;
                contentType = await route.Request.HeaderValueAsync("content-type");
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html", Body = "<!DOCTYPE html><title>Danke</title><p>Danke</p>" });
            });
            await HundForm.FillHalterAsync(page);
            await HundForm.FillHundeAsync(page);
            await page.CheckAsync("#ff-hunde-0-gefaehrlich");
            await page.SetInputFilesAsync("#ff-hunde-0-sachkundenachweis", new FilePayload { Name = "nachweis.pdf", MimeType = "application/pdf", Buffer = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4 Nachweis") });
            await page.FillAsync("#ff-hunde-1-name", "Luna");
            await page.SelectOptionAsync("#ff-hunde-1-rasse", "mischling");
            await page.FillAsync("#ff-hunde-1-geburtsdatum", "2");
            await page.FillAsync("#ff-hunde-1-geburtsdatum--month", "2");
            await page.FillAsync("#ff-hunde-1-geburtsdatum--year", "2022");
            await page.FillAsync("#ff-hunde-1-haltungSeit", "3");
            await page.FillAsync("#ff-hunde-1-haltungSeit--month", "3");
            await page.FillAsync("#ff-hunde-1-haltungSeit--year", "2022");
            await page.FillAsync("#ff-hunde-1-chipnummer", "276098106543211");
            await page.CheckAsync("#ff-hunde-1-gefaehrlich-2");
            await page.FillAsync("#ff-anzahlHunde", "2");
            await HundForm.FillWeitereAsync(page);
            await HundForm.FillAbschlussAsync(page);
            await page.ClickAsync("[data-ff-submit]");
            await page.WaitForURLAsync("https://example.org/**");

            Assert.StartsWith("multipart/form-data", contentType);
            var (fields, files) = await Multipart.ReadAsync(contentType!, body!);
            var form = _browser.Built.Catalog.Form("hundAnmelden")!;
            var post = MultipartSubmissionConverter.Convert(SubmissionShapes.For(form), fields, files);
            var result = new ReferenceValidator(form).Validate(post.DataJson);
            Assert.True(result.IsValid, string.Join("\n", result.Errors) + "\n" + post.DataJson);
            Assert.Equal(("hundAnmelden", "rossdorf"), (post.Form, post.Tenant));
            Assert.Equal(2, System.Text.Json.JsonDocument.Parse(post.DataJson).RootElement.GetProperty("hunde").GetArrayLength());
            var attachment = Assert.Single(post.Attachments);
            Assert.Equal(("hunde[0].sachkundenachweis", "nachweis.pdf", "application/pdf"), (attachment.Path, attachment.Name, attachment.MediaType));
        }
    }
}
