using System.Threading.Tasks;
using FormFactory.Browser.Tests.Support;
using Microsoft.Playwright;

namespace FormFactory.Browser.Tests
{
    /// <summary>A citizen completes and sends "Hund anmelden" with the keyboard alone: Tab, typing, Space, arrows, Enter.</summary>
    [Collection(BrowserCollection.Name)]
    public class KeyboardTests
    {
        private readonly BrowserFixture _browser;

        public KeyboardTests(BrowserFixture browser) => _browser = browser;

        /// <summary>Presses Tab until the focused element matches <paramref name="selector"/>; fails if it is not reached.</summary>
        private static async Task TabToAsync(IPage page, string selector, int limit = 80)
        {
            for (int i = 0; i < limit; i++)
            {
                if (await page.EvaluateAsync<bool>("s => !!document.activeElement && document.activeElement.matches(s)", selector)) return;
                await page.Keyboard.PressAsync("Tab");
            }
            Assert.Fail($"{selector} was not reached with Tab (focus is on {await page.EvaluateAsync<string>("document.activeElement.outerHTML.slice(0, 120)")})");
        }

        private static async Task TypeIntoAsync(IPage page, string id, string text)
        {
            await TabToAsync(page, "#" + id);
            await page.Keyboard.TypeAsync(text);
        }

        private static async Task NextAsync(IPage page)
        {
            await TabToAsync(page, ".ff-step:not([hidden]) [data-ff-next]");
            await page.Keyboard.PressAsync("Enter");
        }

        [Fact]
        public async Task CompletesAndSendsTheFormWithTheKeyboardOnly()
        {
            var page = await _browser.NewPageAsync();
            await page.GotoAsync(_browser.Built.Url("rossdorf/hundAnmelden/index.html"));

            // The skip link is the first stop and leads to the content.
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("ff-skip-link", await page.EvaluateAsync<string>("document.activeElement.className"));

            await TabToAsync(page, "#ff-person-anrede");
            await page.Keyboard.PressAsync("Space");
            await TypeIntoAsync(page, "ff-person-vorname", "Erika");
            await TypeIntoAsync(page, "ff-person-familienname", "Mustermann");
            await TypeIntoAsync(page, "ff-person-geburtsdatum", "12");
            await TypeIntoAsync(page, "ff-person-geburtsdatum--month", "8");
            await TypeIntoAsync(page, "ff-person-geburtsdatum--year", "1980");
            await TypeIntoAsync(page, "ff-anschrift-strasse", "Erbacher Straße");
            await TypeIntoAsync(page, "ff-anschrift-hausnummer", "1");
            await TypeIntoAsync(page, "ff-anschrift-plz", "64380");
            await TypeIntoAsync(page, "ff-anschrift-ort", "Roßdorf");
            await NextAsync(page);
            Assert.True(await page.IsVisibleAsync("#schritt-hunde"));

            await TypeIntoAsync(page, "ff-hunde-0-name", "Bello");
            await TabToAsync(page, "#ff-hunde-0-rasse");
            await page.Keyboard.PressAsync("ArrowDown");
            Assert.Equal("mischling", await page.InputValueAsync("#ff-hunde-0-rasse"));
            await TypeIntoAsync(page, "ff-hunde-0-geburtsdatum", "1");
            await TypeIntoAsync(page, "ff-hunde-0-geburtsdatum--month", "3");
            await TypeIntoAsync(page, "ff-hunde-0-geburtsdatum--year", "2020");
            await TypeIntoAsync(page, "ff-hunde-0-haltungSeit", "15");
            await TypeIntoAsync(page, "ff-hunde-0-haltungSeit--month", "5");
            await TypeIntoAsync(page, "ff-hunde-0-haltungSeit--year", "2021");
            await TypeIntoAsync(page, "ff-hunde-0-chipnummer", "276098106543210");
            await TabToAsync(page, "#ff-hunde-0-gefaehrlich");
            await page.Keyboard.PressAsync("ArrowRight");
            Assert.True(await page.IsCheckedAsync("#ff-hunde-0-gefaehrlich-2"));
            await NextAsync(page);
            Assert.True(await page.IsVisibleAsync("#schritt-weitere"));

            await TabToAsync(page, "#ff-zuzug");
            await page.Keyboard.PressAsync("ArrowRight");
            await TabToAsync(page, "#ff-lastschrift");
            await page.Keyboard.PressAsync("Space");
            await TypeIntoAsync(page, "ff-bankverbindung-kontoinhaber", "Erika Mustermann");
            await TypeIntoAsync(page, "ff-bankverbindung-iban", "DE89 3704 0044 0532 0130 00");
            await TabToAsync(page, "#ff-sepaMandat");
            await page.Keyboard.PressAsync("Space");
            await NextAsync(page);

            await TabToAsync(page, "#ff-richtigkeit");
            await page.Keyboard.PressAsync("Space");
            await NextAsync(page);
            Assert.True(await page.IsVisibleAsync("[data-ff-check]"));
            Assert.Equal("ff-check-title", await page.EvaluateAsync<string>("document.activeElement.id"));

            await TabToAsync(page, "[data-ff-submit]");
            await page.Keyboard.PressAsync("Enter");
            await page.Locator("[data-ff-confirmation]").WaitForAsync();
            var received = _browser.Server.Received((await page.TextContentAsync("[data-ff-reference]"))!);
            Assert.Equal(("hundAnmelden", "rossdorf"), (received.Form, received.Tenant));
            Assert.Empty(received.Problems);
            Assert.True(await page.EvaluateAsync<bool>("document.activeElement.hasAttribute('data-ff-confirmation')"));
        }

        [Fact]
        public async Task ErrorSummaryLinksWorkWithEnter()
        {
            var page = await _browser.NewPageAsync();
            await page.GotoAsync(_browser.Built.Url("rossdorf/hundAnmelden/index.html"));
            await NextAsync(page);
            Assert.True(await page.EvaluateAsync<bool>("document.activeElement.hasAttribute('data-ff-error-summary')"));
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Enter");
            Assert.Equal("ff-person-vorname", await page.EvaluateAsync<string>("document.activeElement.id"));
        }
    }
}
