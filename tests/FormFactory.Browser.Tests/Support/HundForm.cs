using System.Threading.Tasks;
using Microsoft.Playwright;

namespace FormFactory.Browser.Tests.Support
{
    /// <summary>Fills "Hund anmelden" the way a citizen would, step by step (with JavaScript) or all at once (without).</summary>
    public static class HundForm
    {
        public static async Task FillHalterAsync(IPage page)
        {
            await page.CheckAsync("#ff-person-anrede");
            await page.FillAsync("#ff-person-vorname", "Erika");
            await page.FillAsync("#ff-person-familienname", "Mustermann");
            await page.FillAsync("#ff-person-geburtsdatum", "12");
            await page.FillAsync("#ff-person-geburtsdatum--month", "8");
            await page.FillAsync("#ff-person-geburtsdatum--year", "1980");
            await page.FillAsync("#ff-anschrift-strasse", "Erbacher Straße");
            await page.FillAsync("#ff-anschrift-hausnummer", "1");
            await page.FillAsync("#ff-anschrift-plz", "64380");
            await page.FillAsync("#ff-anschrift-ort", "Roßdorf");
        }

        public static async Task FillHundeAsync(IPage page)
        {
            await page.FillAsync("#ff-hunde-0-name", "Bello");
            await page.SelectOptionAsync("#ff-hunde-0-rasse", "mischling");
            await page.FillAsync("#ff-hunde-0-geburtsdatum", "1");
            await page.FillAsync("#ff-hunde-0-geburtsdatum--month", "3");
            await page.FillAsync("#ff-hunde-0-geburtsdatum--year", "2020");
            await page.FillAsync("#ff-hunde-0-haltungSeit", "15");
            await page.FillAsync("#ff-hunde-0-haltungSeit--month", "5");
            await page.FillAsync("#ff-hunde-0-haltungSeit--year", "2021");
            await page.FillAsync("#ff-hunde-0-chipnummer", "276098106543210");
            await page.CheckAsync("#ff-hunde-0-gefaehrlich-2");
            await page.FillAsync("#ff-anzahlHunde", "1");
        }

        public static async Task FillWeitereAsync(IPage page)
        {
            await page.CheckAsync("#ff-zuzug-2");
            await page.CheckAsync("#ff-lastschrift");
            await page.FillAsync("#ff-bankverbindung-kontoinhaber", "Erika Mustermann");
            await page.FillAsync("#ff-bankverbindung-iban", "de89 3704 0044 0532 0130 00");
            await page.CheckAsync("#ff-sepaMandat");
        }

        public static Task FillAbschlussAsync(IPage page) => page.CheckAsync("#ff-richtigkeit");

        /// <summary>Clicks the visible "Weiter" button.</summary>
        public static Task NextAsync(IPage page) => page.Locator("[data-ff-next]:visible").ClickAsync();

        /// <summary>Fills every step and arrives at the check page.</summary>
        public static async Task CompleteToCheckPageAsync(IPage page)
        {
            await FillHalterAsync(page);
            await NextAsync(page);
            await FillHundeAsync(page);
            await NextAsync(page);
            await FillWeitereAsync(page);
            await NextAsync(page);
            await FillAbschlussAsync(page);
            await NextAsync(page);
        }
    }
}
