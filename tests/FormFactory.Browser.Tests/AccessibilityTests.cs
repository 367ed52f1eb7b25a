using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using FormFactory.Browser.Tests.Support;
using FormFactory.Rendering;
using Microsoft.Playwright;

namespace FormFactory.Browser.Tests
{
    /// <summary>axe-core finds no violations: on every sample form (with and without JavaScript), in its error state, on the check page and on the portal.</summary>
    [Collection(BrowserCollection.Name)]
    public class AccessibilityTests
    {
        private readonly BrowserFixture _browser;

        public AccessibilityTests(BrowserFixture browser) => _browser = browser;

        /// <summary>One (tenant, service) package per sample service.</summary>
        public static IEnumerable<object[]> Packages()
        {
            var result = FormFactory.Workspace.CatalogLoader.Load(Repository.Definitions);
            return CatalogRenderer.Items(result.Catalog).GroupBy(i => i.Form.Id).OrderBy(g => g.Key, System.StringComparer.Ordinal)
                .Select(g => new object[] { g.First().Tenant.Id + "/" + g.Key });
        }

        private static async Task AssertNoViolationsAsync(IPage page, string what)
        {
            AxeResult result = await page.RunAxe();
            var violations = result.Violations ?? System.Array.Empty<AxeResultItem>();
            Assert.True(violations.Length == 0, what + ":\n" + string.Join("\n", violations.Select(v =>
                $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(5).Select(n => n.Target + "  " + n.Html)))));
        }

        /// <summary>With JavaScript only the first step shows; its error state adds the summary and inline errors.</summary>
        [Theory]
        [InlineData("rossdorf/hundAnmelden")]
        [InlineData("darmstadt/wohngeldBeantragen")]
        [InlineData("dieburg/veranstaltungAnzeigen")]
        public async Task FormPageAndItsErrorStateHaveNoViolations(string package)
        {
            var page = await _browser.NewPageAsync();
            await page.GotoAsync(_browser.Built.Url(package + "/index.html"));
            await AssertNoViolationsAsync(page, package);
            await page.Locator("[data-ff-next]:visible").ClickAsync();
            await AssertNoViolationsAsync(page, package + " with errors");
        }

        /// <summary>Without JavaScript every step, field and entry slot is on the page: the whole markup of the form.</summary>
        [Theory]
        [MemberData(nameof(Packages))]
        public async Task PageWithoutJavaScriptHasNoViolations(string package)
        {
            // axe itself needs JavaScript, so the page's own script is blocked instead: the DOM is the one without it.
            var page = await _browser.NewPageAsync();
            await page.RouteAsync("**/assets/form.js", route => route.AbortAsync());
            await page.GotoAsync(_browser.Built.Url(package + "/index.html"));
            Assert.True(await page.IsVisibleAsync("[data-ff-submit]"));
            await AssertNoViolationsAsync(page, package + " without JavaScript");
        }

        [Fact]
        public async Task CheckPageAndEnglishPageHaveNoViolations()
        {
            var page = await _browser.NewPageAsync();
            await page.GotoAsync(_browser.Built.Url("rossdorf/hundAnmelden/index.html"));
            await HundForm.CompleteToCheckPageAsync(page);
            await AssertNoViolationsAsync(page, "check page");
            var english = await _browser.NewPageAsync();
            await english.GotoAsync(_browser.Built.Url("rossdorf/hundAnmelden/index.en.html"));
            await AssertNoViolationsAsync(english, "English page");
        }

        [Fact]
        public async Task PortalHasNoViolations()
        {
            var page = await _browser.NewPageAsync();
            await page.GotoAsync(_browser.Built.Url("rossdorf/index.html"));
            await AssertNoViolationsAsync(page, "portal");
            await page.FillAsync("#ff-search", "Hund");
            Assert.Equal(1, await page.Locator("[data-ff-service]:visible").CountAsync());
            await AssertNoViolationsAsync(page, "portal after search");
        }
    }
}
