using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FormFactory.Browser.Tests.Support;
using FormFactory.Rendering.Pages;

namespace FormFactory.Browser.Tests
{
    /// <summary>
    /// axe-core finds no WCAG 2.1 A/AA violations in the page states the service walk does not visit: the English
    /// pages and every tenant's portal. (Steps, error states, check and confirmation pages and the whole form without
    /// JavaScript, as a host renders it with server-side errors, are checked in <see cref="ServiceWalkTests"/>.)
    /// </summary>
    [Collection(BrowserCollection.Name)]
    public class AccessibilityTests
    {
        private readonly BrowserFixture _browser;

        public AccessibilityTests(BrowserFixture browser) => _browser = browser;

        /// <summary>Each service that has English texts, with the first tenant offering it.</summary>
        public static IEnumerable<object[]> EnglishServices() =>
            ServiceWalkTests.Services().Where(s => FormPageBuilder.Languages(BuiltCatalog.Load().Form((string)s[1])!).Contains("en"));

        /// <summary>Every tenant of the sample catalog.</summary>
        public static IEnumerable<object[]> Tenants() => BuiltCatalog.Load().Tenants.Select(t => new object[] { t.Id });

        [Theory]
        [MemberData(nameof(EnglishServices))]
        public async Task EnglishPageAndItsErrorStateHaveNoViolations(string tenant, string service)
        {
            var page = await _browser.NewPageAsync(locale: "en-GB");
            await page.GotoAsync(_browser.Built.Url($"{tenant}/{service}/index.en.html"));
            Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
            // The error state is the first step's markup plus the errors: one axe run covers both.
            await FormFiller.NextAsync(page);
            Assert.True(await page.IsVisibleAsync("[data-ff-error-summary]"), "the first step has nothing required");
            await Axe.AssertNoViolationsAsync(page, $"{tenant}/{service} in English with errors");
        }

        [Theory]
        [MemberData(nameof(Tenants))]
        public async Task PortalHasNoViolations(string tenant)
        {
            var page = await _browser.NewPageAsync();
            await page.GotoAsync(_browser.Built.Url(tenant + "/index.html"));
            await Axe.AssertNoViolationsAsync(page, tenant + " portal");
            int services = await page.Locator("[data-ff-service]").CountAsync();
            Assert.True(services > 0, tenant + " portal lists no services");
            // A search that matches nothing: the portal's "no results" state.
            await page.FillAsync("#ff-search", "zzzz");
            Assert.Equal(0, await page.Locator("[data-ff-service]:visible").CountAsync());
            Assert.True(await page.IsVisibleAsync("[data-ff-search-empty]"));
            await Axe.AssertNoViolationsAsync(page, tenant + " portal after a search without results");
            var english = await _browser.NewPageAsync(locale: "en-GB");
            await english.GotoAsync(_browser.Built.Url(tenant + "/index.en.html"));
            await Axe.AssertNoViolationsAsync(english, tenant + " portal in English");
        }

        [Fact]
        public async Task PortalSearchFindsTheService()
        {
            var page = await _browser.NewPageAsync();
            await page.GotoAsync(_browser.Built.Url("rossdorf/index.html"));
            await page.FillAsync("#ff-search", "Hund");
            Assert.Equal(1, await page.Locator("[data-ff-service]:visible").CountAsync());
            Assert.False(await page.IsVisibleAsync("[data-ff-search-empty]"));
        }
    }
}
