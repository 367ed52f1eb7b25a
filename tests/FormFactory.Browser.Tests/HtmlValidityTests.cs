using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FormFactory.Browser.Tests.Support;

namespace FormFactory.Browser.Tests
{
    /// <summary>
    /// The Nu Html Checker finds no errors in any page a build writes: every form page in every language and every
    /// portal. (Pages the script produces and pages with server-side errors are checked in <see cref="ServiceWalkTests"/>.)
    /// </summary>
    [Collection(WalkCollection.Name)]
    public sealed class HtmlValidityTests
    {
        private readonly BrowserFixture _browser;

        public HtmlValidityTests(BrowserFixture browser) => _browser = browser;

        [Fact]
        public async Task EveryBuiltPageIsValidHtml()
        {
            var pages = Directory.GetFiles(_browser.Built.Output, "*.html", SearchOption.AllDirectories)
                .Where(p => Path.GetFileName(p) is "index.html" or "index.en.html")
                .OrderBy(p => p, StringComparer.Ordinal).ToList();
            int portals = _browser.Built.Catalog.Tenants.Count;
            Assert.True(pages.Count(p => p.Contains("index.en.html")) > portals, "expected English form pages and portals");
            Assert.Equal(portals * 2, pages.Count(p => Path.GetDirectoryName(Path.GetDirectoryName(p)) == _browser.Built.Output));
            Assert.True(pages.Count > 60, "expected every package's pages and every portal, found " + pages.Count);
            await _browser.Vnu.AssertValidAsync(pages.Select(p => (Path.GetRelativePath(_browser.Built.Output, p), File.ReadAllText(p))));
        }

        [Fact]
        public async Task CheckerReportsInvalidHtml()
        {
            var errors = await _browser.Vnu.ErrorsAsync("bad.html", "<!DOCTYPE html><html lang=\"de\"><head><title>x</title></head><body><p id=\"a\"></p><p id=\"a\"></p></body></html>");
            Assert.Contains(errors, e => e.Contains("Duplicate ID"));
        }
    }
}
