using System.Linq;
using System.Threading.Tasks;
using FormFactory.Browser.Tests.Support;
using FormFactory.Definitions.Validation;
using FormFactory.Rendering.Schema;
using FormFactory.Runtime.Submissions;
using Microsoft.Playwright;

namespace FormFactory.Browser.Tests
{
    /// <summary>The form without JavaScript is one page of fieldsets (its multipart post is tested for every service in <see cref="ServiceWalkTests"/>).</summary>
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
    }
}
