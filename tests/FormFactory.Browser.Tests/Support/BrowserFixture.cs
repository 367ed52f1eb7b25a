using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace FormFactory.Browser.Tests.Support
{
    /// <summary>
    /// Shared by the browser tests: one headless Chromium (Debian's <c>chromium</c> package; Playwright's own browser
    /// download is never used), the test submission endpoint, the sample catalog built once with every tenant posting
    /// to that endpoint, and the Nu Html Checker service.
    /// </summary>
    public sealed class BrowserFixture : IAsyncLifetime
    {
        public const string ChromiumPath = "/usr/bin/chromium";

        private IPlaywright? _playwright;

        public IBrowser Browser { get; private set; } = null!;

        public BuiltCatalog Built { get; private set; } = null!;

        public SubmissionServer Server { get; private set; } = null!;

        public Vnu Vnu { get; } = new Vnu();

        public async Task InitializeAsync()
        {
            if (!File.Exists(ChromiumPath))
                throw new InvalidOperationException($"{ChromiumPath} is missing: run tests/setup (the test command tests/run does).");
            var catalog = BuiltCatalog.Load();
            Server = new SubmissionServer(catalog, () => SampleSubmissions.Today);
            Built = new BuiltCatalog(catalog, Server.EndpointOf);
            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run" },
            });
        }

        /// <summary>
        /// A fresh page whose clock reads <see cref="SampleSubmissions.Today"/>, the day the endpoint validates as of;
        /// with <paramref name="javaScript"/> false, the page as a browser without JavaScript sees it.
        /// </summary>
        public async Task<IPage> NewPageAsync(bool javaScript = true, string locale = "de-DE")
        {
            var context = await Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript, Locale = locale, ViewportSize = new ViewportSize { Width = 1000, Height = 900 } });
            // A missing control fails in seconds rather than after Playwright's default half minute. Navigations (a
            // submit waits for the endpoint to convert, validate and answer) keep the half minute: on a loaded two-core
            // CI machine a no-script post of a long form once took longer than 10 s.
            context.SetDefaultTimeout(10_000);
            context.SetDefaultNavigationTimeout(30_000);
            var page = await context.NewPageAsync();
            if (javaScript) await page.Clock.SetFixedTimeAsync(SampleSubmissions.Today.AddHours(10));
            return page;
        }

        public async Task DisposeAsync()
        {
            if (Browser != null) await Browser.CloseAsync();
            _playwright?.Dispose();
            Built?.Dispose();
            Server?.Dispose();
            Vnu.Dispose();
        }
    }

    /// <summary>Most browser tests.</summary>
    [CollectionDefinition(Name)]
    public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
    {
        public const string Name = "browser";
    }

    /// <summary>
    /// The service walks and the Nu Html Checker: a second collection (with its own browser and build) so that it runs
    /// in parallel with <see cref="BrowserCollection"/> on a machine with two cores or more.
    /// </summary>
    [CollectionDefinition(Name)]
    public sealed class WalkCollection : ICollectionFixture<BrowserFixture>
    {
        public const string Name = "walk";
    }
}
