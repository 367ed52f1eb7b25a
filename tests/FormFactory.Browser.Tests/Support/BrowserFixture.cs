using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace FormFactory.Browser.Tests.Support
{
    /// <summary>
    /// One headless Chromium (Debian's <c>chromium</c> package; Playwright's own browser download is never used) and
    /// the sample catalog built once, shared by the browser tests.
    /// </summary>
    public sealed class BrowserFixture : IAsyncLifetime
    {
        public const string ChromiumPath = "/usr/bin/chromium";

        private IPlaywright? _playwright;

        public IBrowser Browser { get; private set; } = null!;

        public BuiltCatalog Built { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            if (!File.Exists(ChromiumPath))
                throw new InvalidOperationException($"{ChromiumPath} is missing: install it with 'apt-get install -y chromium' (.ci/run does).");
            Built = new BuiltCatalog();
            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run" },
            });
        }

        /// <summary>A fresh page; with <paramref name="javaScript"/> false, the page as a browser without JavaScript sees it.</summary>
        public async Task<IPage> NewPageAsync(bool javaScript = true, string locale = "de-DE")
        {
            var context = await Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript, Locale = locale, ViewportSize = new ViewportSize { Width = 1000, Height = 900 } });
            return await context.NewPageAsync();
        }

        public async Task DisposeAsync()
        {
            if (Browser != null) await Browser.CloseAsync();
            _playwright?.Dispose();
            Built?.Dispose();
        }
    }

    [CollectionDefinition(Name)]
    public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
    {
        public const string Name = "browser";
    }
}
