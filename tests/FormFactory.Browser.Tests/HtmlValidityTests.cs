using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FormFactory.Browser.Tests.Support;
using FormFactory.Rendering.Pages;
using FormFactory.Rendering.Templates;

namespace FormFactory.Browser.Tests
{
    /// <summary>The Nu Html Checker finds no errors in any page a build writes, nor in the pages the script produces.</summary>
    [Collection(BrowserCollection.Name)]
    public sealed class HtmlValidityTests : IDisposable
    {
        private readonly BrowserFixture _browser;
        private readonly string _snapshots = Path.Combine(Path.GetTempPath(), "formfactory-vnu-" + Guid.NewGuid().ToString("N"));

        public HtmlValidityTests(BrowserFixture browser)
        {
            _browser = browser;
            Directory.CreateDirectory(_snapshots);
        }

        public void Dispose()
        {
            try { Directory.Delete(_snapshots, true); } catch (IOException) { }
        }

        [Fact]
        public void EveryBuiltPageIsValidHtml()
        {
            var pages = Directory.GetFiles(_browser.Built.Output, "*.html", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToList();
            Assert.True(pages.Count > 60, "expected every package's pages and every portal, found " + pages.Count);
            AssertValid(pages);
        }

        [Fact]
        public async Task PagesTheScriptAndTheServerProduceAreValidHtml()
        {
            var files = new List<string>();
            var page = await _browser.NewPageAsync();
            await page.GotoAsync(_browser.Built.Url("rossdorf/hundAnmelden/index.html"));
            await HundForm.NextAsync(page);
            files.Add(Save("errors.html", await page.ContentAsync()));
            await page.ReloadAsync();
            await HundForm.CompleteToCheckPageAsync(page);
            files.Add(Save("check.html", await page.ContentAsync()));

            var form = _browser.Built.Catalog.Form("hundAnmelden")!;
            using var values = JsonDocument.Parse("{ \"person\": { \"vorname\": \"Erika\" }, \"hunde\": [ { \"name\": \"Bello\" } ] }");
            var result = new FormFactory.Definitions.Validation.ReferenceValidator(form).Validate(values.RootElement);
            var html = new FormRenderer(TemplateSet.Load()).Render(form, _browser.Built.Catalog.Tenant("rossdorf")!, "de", new PageState(values.RootElement, result.Errors));
            files.Add(Save("server-errors.html", html));
            AssertValid(files);
        }

        [Fact]
        public void CheckerReportsInvalidHtml()
        {
            string bad = Save("bad.html", "<!DOCTYPE html><html lang=\"de\"><head><title>x</title></head><body><p id=\"a\"></p><p id=\"a\"></p></body></html>");
            var e = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertValid(new[] { bad }));
            Assert.Contains("Duplicate ID", e.Message);
        }

        private string Save(string name, string html)
        {
            string path = Path.Combine(_snapshots, name);
            File.WriteAllText(path, html);
            return path;
        }

        private static void AssertValid(IReadOnlyList<string> files)
        {
            Assert.True(File.Exists(Repository.VnuJar), $"{Repository.VnuJar} is missing: run 'npm ci' in tests/FormFactory.Browser.Tests (.ci/run does).");
            var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "-jar", Repository.VnuJar, "--errors-only", "--format", "json" }) start.ArgumentList.Add(a);
            foreach (var f in files) start.ArgumentList.Add(f);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("java did not start");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(300_000)) { process.Kill(true); throw new TimeoutException("vnu took longer than 5 minutes"); }
            // vnu writes its JSON report to stderr.
            string report = stderr.Result.Length > 0 ? stderr.Result : stdout.Result;
            using var json = JsonDocument.Parse(report);
            var messages = json.RootElement.GetProperty("messages").EnumerateArray()
                .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}").ToList();
            Assert.True(messages.Count == 0, messages.Count + " error(s):\n" + string.Join("\n", messages.Take(20)));
        }
    }
}
