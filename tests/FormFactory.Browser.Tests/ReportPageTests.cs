using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FormFactory.Browser.Tests.Support;
using FormFactory.Factory;
using FormFactory.Factory.Export;
using Microsoft.Playwright;

namespace FormFactory.Browser.Tests
{
    /// <summary>
    /// The factory report (<c>formfactory report definitions --as-of 2026-11-01</c>) in Chromium: accessible, and its
    /// inline SVG charts really show. Screenshots of the charts are kept in the test output's <c>screenshots/report</c>
    /// folder for people to look at.
    /// </summary>
    [Collection(BrowserCollection.Name)]
    public sealed class ReportPageTests : IDisposable
    {
        private static readonly DateOnly AsOf = new DateOnly(2026, 11, 1);
        private readonly BrowserFixture _browser;
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "formfactory-report-" + Guid.NewGuid().ToString("N"));

        public ReportPageTests(BrowserFixture browser) => _browser = browser;

        public void Dispose()
        {
            try { Directory.Delete(_folder, true); } catch (IOException) { }
        }

        private async Task<IPage> OpenAsync(string language)
        {
            var report = FactoryReportBuilder.Build(BuiltCatalog.Load(), new ReportOptions { AsOf = AsOf, Language = language });
            string folder = Path.Combine(_folder, language);
            ReportFiles.Write(report, folder);
            var page = await _browser.NewPageAsync(locale: language == "de" ? "de-DE" : "en-GB");
            await page.GotoAsync(new Uri(Path.Combine(folder, ReportFiles.Page)).AbsoluteUri);
            return page;
        }

        [Theory]
        [InlineData("de")]
        [InlineData("en")]
        public async Task ReportHasNoViolations(string language)
        {
            var page = await OpenAsync(language);
            Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
            // Best practice too: the report is one long page of landmarks, headings and tables to find one's way in.
            await Axe.AssertNoViolationsAsync(page, "report (" + language + ")", bestPractice: true);
        }

        [Theory]
        [InlineData("de")]
        [InlineData("en")]
        public async Task TheReportFitsA1280PixelPageWithoutScrollingSideways(string language)
        {
            var page = await OpenAsync(language);
            await page.SetViewportSizeAsync(1280, 900);
            var overflows = await page.EvaluateAsync<string[]>(@"() => {
                const found = [];
                const root = document.documentElement;
                if (root.scrollWidth > root.clientWidth) found.push('the page is ' + root.scrollWidth + ' px wide');
                for (const region of document.querySelectorAll('.scroll'))
                    if (region.scrollWidth > region.clientWidth)
                        found.push((region.querySelector('table') || region).id + ' is ' + region.scrollWidth + ' px wide in ' + region.clientWidth + ' px');
                return found; }");
            Assert.True(overflows.Length == 0, string.Join("; ", overflows));
        }

        [Theory]
        [InlineData(1280)]
        [InlineData(800)]
        public async Task DatesInTheStatusTableNeverBreakAtTheirHyphens(int width)
        {
            var page = await OpenAsync("de");
            await page.SetViewportSizeAsync(width, 900);
            // Each date's own characters, measured as a range: more than one line box means it broke.
            var broken = await page.EvaluateAsync<string[]>(@"() => {
                const found = [];
                let count = 0;
                const walker = document.createTreeWalker(document.getElementById('status-table'), NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    for (const m of node.textContent.matchAll(/\d{4}\D\d{2}\D\d{2}/g)) {
                        count++;
                        const range = document.createRange();
                        range.setStart(node, m.index);
                        range.setEnd(node, m.index + m[0].length);
                        const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.bottom)));
                        if (lines.size > 1) found.push(m[0] + ' breaks over ' + lines.size + ' lines');
                    }
                }
                if (count === 0) found.push('no dates in the status table');
                return found; }");
            Assert.True(broken.Length == 0, string.Join("; ", broken));
        }

        [Fact]
        public async Task EveryChartIsVisibleWhenScrolledTo()
        {
            var page = await OpenAsync("de");
            var charts = page.Locator("svg[role=img]");
            int count = await charts.CountAsync();
            Assert.True(count >= 3, "expected the report's charts, found " + count);
            string shots = Path.Combine(AppContext.BaseDirectory, "screenshots", "report");
            Directory.CreateDirectory(shots);
            var decoder = await _browser.NewPageAsync();
            // The measure tells blank from drawn: an empty page is one colour.
            Assert.Equal((1, 0.0), await InkAsync(decoder, await decoder.ScreenshotAsync()));
            for (int i = 0; i < count; i++)
            {
                var chart = charts.Nth(i);
                string name = await chart.EvaluateAsync<string>("e => (e.closest('figure') && e.closest('figure').id) || e.getAttribute('aria-labelledby').split(' ')[0]") ?? "chart-" + i;
                await chart.ScrollIntoViewIfNeededAsync();
                var box = await chart.BoundingBoxAsync();
                Assert.True(box != null && box.Width > 100 && box.Height > 50, $"{name} has size {box?.Width}x{box?.Height}");
                var viewport = page.ViewportSize!;
                Assert.True(box!.Y >= 0 && box.X >= 0 && box.Y + box.Height <= viewport.Height + 1 && box.X + box.Width <= viewport.Width + 1,
                    $"{name} at {box.X},{box.Y} {box.Width}x{box.Height} is not inside the {viewport.Width}x{viewport.Height} viewport once scrolled to");
                byte[] png = await chart.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(shots, name + ".png") });
                var (colours, share) = await InkAsync(decoder, png);
                Assert.True(colours >= 3 && share >= 0.02, $"{name} looks blank: {colours} colours, {share:P1} of pixels differ from the background (screenshot {Path.Combine(shots, name + ".png")})");
            }
        }

        /// <summary>
        /// Decodes <paramref name="png"/> in a blank page's canvas and counts its distinct colours and the share of
        /// pixels that differ from the most common one (the background).
        /// </summary>
        private static async Task<(int Colours, double Share)> InkAsync(IPage blank, byte[] png)
        {
            var result = await blank.EvaluateAsync<JsonElement>(@"async data => {
                const image = new Image();
                image.src = 'data:image/png;base64,' + data;
                await image.decode();
                const canvas = document.createElement('canvas');
                canvas.width = image.width; canvas.height = image.height;
                const context = canvas.getContext('2d');
                context.drawImage(image, 0, 0);
                const pixels = context.getImageData(0, 0, image.width, image.height).data;
                const counts = new Map();
                for (let i = 0; i < pixels.length; i += 4) {
                    const key = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
                    counts.set(key, (counts.get(key) || 0) + 1);
                }
                const total = pixels.length / 4;
                const background = Math.max(...counts.values());
                return { colours: counts.size, share: (total - background) / total };
            }", Convert.ToBase64String(png));
            return (result.GetProperty("colours").GetInt32(), result.GetProperty("share").GetDouble());
        }
    }
}
