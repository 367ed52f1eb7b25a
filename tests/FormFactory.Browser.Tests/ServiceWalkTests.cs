using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FormFactory.Browser.Tests.Support;
using FormFactory.Definitions.Validation;
using FormFactory.Rendering;
using FormFactory.Rendering.Pages;
using FormFactory.Rendering.Templates;
using Microsoft.Playwright;

namespace FormFactory.Browser.Tests
{
    /// <summary>
    /// Every sample service, end to end against the test endpoint on 127.0.0.1: a citizen enters a valid sample
    /// submission step by step (with JavaScript) or on the one long page (without), sends it, and the endpoint's
    /// reference validator accepts exactly that data. On the way, every page state passes axe-core (WCAG 2.1 A/AA)
    /// and the Nu Html Checker, so each state is visited once.
    /// </summary>
    [Collection(WalkCollection.Name)]
    public class ServiceWalkTests
    {
        private readonly BrowserFixture _browser;

        public ServiceWalkTests(BrowserFixture browser) => _browser = browser;

        /// <summary>Each sample service with the first tenant (by id) that offers it.</summary>
        public static IEnumerable<object[]> Services() =>
            CatalogRenderer.Items(BuiltCatalog.Load()).GroupBy(i => i.Form.Id).OrderBy(g => g.Key, System.StringComparer.Ordinal)
                .Select(g => new object[] { g.First().Tenant.Id, g.Key });

        [Theory]
        [MemberData(nameof(Services))]
        public async Task WithJavaScriptEveryStepIsAccessibleAndTheSubmissionIsAccepted(string tenant, string service)
        {
            var form = _browser.Built.Catalog.Form(service)!;
            var sample = SampleSubmissions.WithDefaults(form, SampleSubmissions.Read(service, "valid-1"));
            var filler = new FormFiller(form, sample);
            var snapshots = new List<(string, string)>();
            var page = await _browser.NewPageAsync();
            await page.GotoAsync(_browser.Built.Url($"{tenant}/{service}/index.html"));

            for (int step = 0; step < filler.StepCount; step++)
            {
                string what = $"{tenant}/{service} step {step + 1}";
                // "Weiter" on the empty step shows its error state: the step's whole markup plus summary and inline
                // errors, so one axe run covers both. A step with nothing required lets the citizen go on instead.
                await FormFiller.NextAsync(page);
                if (await page.IsVisibleAsync("[data-ff-error-summary]"))
                {
                    Assert.Equal(form.Steps[step].Id, await page.Locator(".ff-step:visible").GetAttributeAsync("data-ff-step"));
                    await Axe.AssertNoViolationsAsync(page, what + " with errors");
                    snapshots.Add((what + " with errors", await page.ContentAsync()));
                }
                else
                {
                    await page.ClickAsync("[data-ff-back-link] a");
                    await Axe.AssertNoViolationsAsync(page, what);
                }
                await filler.FillStepAsync(page, step);
                await FormFiller.NextAsync(page);
                Assert.False(await page.IsVisibleAsync("[data-ff-error-summary]"), what + " filled still shows errors: " + await page.TextContentAsync("[data-ff-error-summary]"));
            }

            await page.Locator("[data-ff-check]").WaitForAsync();
            await Axe.AssertNoViolationsAsync(page, $"{tenant}/{service} check page");
            snapshots.Add(("check page", await page.ContentAsync()));

            await page.ClickAsync("[data-ff-submit]");
            await page.Locator("[data-ff-confirmation]").WaitForAsync();
            await Axe.AssertNoViolationsAsync(page, $"{tenant}/{service} confirmation");
            snapshots.Add(("confirmation", await page.ContentAsync()));

            string reference = (await page.TextContentAsync("[data-ff-reference]"))!;
            var received = _browser.Server.Received(reference);
            Assert.Equal((false, service, tenant, "de", tenant), (received.Multipart, received.Form, received.Tenant, received.Language, received.EndpointTenant));
            AssertSameData(form, sample, received.DataJson);
            await _browser.Vnu.AssertValidAsync(snapshots.Select(s => ($"{tenant}/{service} {s.Item1}", s.Item2)));
        }

        [Theory]
        [MemberData(nameof(Services))]
        public async Task WithoutJavaScriptTheOnePageSubmitsMultipartThatIsAccepted(string tenant, string service)
        {
            var form = _browser.Built.Catalog.Form(service)!;
            var sample = SampleSubmissions.WithDefaults(form, SampleSubmissions.Read(service, File.Exists(SamplePath(service, "valid-2")) ? "valid-2" : "valid-1"));
            var page = await _browser.NewPageAsync(javaScript: false);
            await page.GotoAsync(_browser.Built.Url($"{tenant}/{service}/index.html"));
            await new FormFiller(form, sample).FillAllAsync(page);
            await page.ClickAsync("[data-ff-submit]");
            // Poll the address instead of waiting for the answer page's load event: with every test project running at
            // once on two cores, that wait once ran out (30 s) after the network had gone idle.
            await Assertions.Expect(page).ToHaveURLAsync(_browser.Server.EndpointOf(tenant), new() { Timeout = 30_000 });

            string reference = (await page.TextContentAsync("#reference"))!;
            var received = _browser.Server.Received(reference);
            Assert.Equal((true, service, tenant, "de"), (received.Multipart, received.Form, received.Tenant, received.Language));
            // The one long page shows every field, so it also posts what a condition leaves out; the server drops that.
            AssertSameData(form, sample, Validator(form).Validate(received.DataJson).KeptJson);
            Assert.Equal(sample.GetRawText().Split("\"sha256\"").Length - 1, received.Files.Count);
        }

        /// <summary>
        /// A host answers a failed post with the same page, its values and the server's errors: for every service, the
        /// page for its first invalid sample passes axe and the Nu Html Checker. With the script blocked it is the page
        /// without JavaScript (every step, field and entry slot) plus the errors, so this also covers that page state.
        /// </summary>
        [Theory]
        [MemberData(nameof(Services))]
        public async Task PageWithServerErrorsIsAccessibleAndValid(string tenant, string service)
        {
            var form = _browser.Built.Catalog.Form(service)!;
            var invalid = SampleSubmissions.Read(service, "invalid-1");
            var result = Validator(form).Validate(invalid);
            Assert.False(result.IsValid);
            string html = new FormRenderer(TemplateSet.Load()).Render(form, _browser.Built.Catalog.Tenant(tenant)!, "de", new PageState(invalid, result.Errors));
            // Next to the package's own page, so its stylesheet and script load as they would from the host.
            string file = Path.Combine(_browser.Built.Output, tenant, service, "server-errors.html");
            File.WriteAllText(file, html);

            var page = await _browser.NewPageAsync();
            await page.RouteAsync("**/assets/form.js", route => route.AbortAsync());
            await page.GotoAsync(new System.Uri(file).AbsoluteUri);
            Assert.Equal(result.Errors.Count, await page.Locator("[data-ff-error-list] li").CountAsync());
            Assert.True(await page.IsVisibleAsync("[data-ff-error-summary]"));
            await Axe.AssertNoViolationsAsync(page, $"{tenant}/{service} with server errors");
            await _browser.Vnu.AssertValidAsync(new[] { ($"{tenant}/{service} server errors", html) });
        }

        private static ReferenceValidator Validator(Definitions.Model.FormModel form) => new ReferenceValidator(form, () => SampleSubmissions.Today);

        private static string SamplePath(string service, string name) =>
            Path.Combine(Repository.Root, "tests", "FormFactory.Definitions.Tests", "Cases", "Submissions", service, name + ".json");

        /// <summary>
        /// What arrived is exactly what the validator keeps of the sample: every value entered, normalised, and nothing
        /// else. Files compare by name and media type; their made-up content has its own size and hash.
        /// </summary>
        private static void AssertSameData(Definitions.Model.FormModel form, JsonElement sample, string receivedJson)
        {
            var expected = Validator(form).Validate(sample);
            Assert.True(expected.IsValid, string.Join("\n", expected.Errors));
            var want = WithoutFileContent(JsonNode.Parse(expected.KeptJson));
            var got = WithoutFileContent(JsonNode.Parse(receivedJson));
            Assert.True(JsonNode.DeepEquals(want, got), "expected\n" + want?.ToJsonString() + "\nreceived\n" + got?.ToJsonString());
        }

        private static JsonNode? WithoutFileContent(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    if (o.ContainsKey("sha256") && o.ContainsKey("mediaType")) { o.Remove("sha256"); o.Remove("size"); }
                    foreach (var p in o.ToList()) WithoutFileContent(p.Value);
                    break;
                case JsonArray a:
                    foreach (var item in a) WithoutFileContent(item);
                    break;
            }
            return node;
        }
    }
}
