using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace FormFactory.Browser.Tests.Support
{
    /// <summary>
    /// The Nu Html Checker (vnu.jar, installed by <c>npm ci</c>) as a local web service on 127.0.0.1, started once on
    /// first use: one Java start serves every page of the run instead of one per check.
    /// </summary>
    public sealed class Vnu : IDisposable
    {
        private readonly SemaphoreSlim _starting = new SemaphoreSlim(1, 1);
        private readonly HttpClient _http = NewClient();
        private Process? _java;
        private string? _url;

        /// <summary>The errors vnu reports for the page <paramref name="html"/>, each as "NAME:LINE: message".</summary>
        public async Task<IReadOnlyList<string>> ErrorsAsync(string name, string html)
        {
            string url = await StartAsync();
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(html));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/html") { CharSet = "utf-8" };
            using var response = await _http.PostAsync(url + "?out=json", content);
            string answer = await response.Content.ReadAsStringAsync();
            if (!answer.StartsWith('{')) throw new InvalidOperationException($"vnu answered {(int)response.StatusCode}: {answer.Substring(0, Math.Min(500, answer.Length))}");
            using var json = JsonDocument.Parse(answer);
            return json.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
                .Select(m => $"{name}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
                .ToList();
        }

        /// <summary>Fails with vnu's errors in <paramref name="pages"/> (name, HTML).</summary>
        public async Task AssertValidAsync(IEnumerable<(string Name, string Html)> pages)
        {
            var errors = new List<string>();
            foreach (var (name, html) in pages) errors.AddRange(await ErrorsAsync(name, html));
            Assert.True(errors.Count == 0, errors.Count + " error(s):\n" + string.Join("\n", errors.Take(30)));
        }

        private async Task<string> StartAsync()
        {
            await _starting.WaitAsync();
            try
            {
                if (_url != null) return _url;
                Assert.True(System.IO.File.Exists(Repository.VnuJar), $"{Repository.VnuJar} is missing: run tests/setup (the test command tests/run does).");
                var probe = new TcpListener(IPAddress.Loopback, 0);
                probe.Start();
                int port = ((IPEndPoint)probe.LocalEndpoint).Port;
                probe.Stop();
                var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
                foreach (var a in new[] { "-Xss4m", "-Dnu.validator.servlet.bind-address=127.0.0.1", "-cp", Repository.VnuJar, "nu.validator.servlet.Main", port.ToString() })
                    start.ArgumentList.Add(a);
                _java = Process.Start(start) ?? throw new InvalidOperationException("java did not start");
                _java.OutputDataReceived += (_, _) => { };
                _java.ErrorDataReceived += (_, _) => { };
                _java.BeginOutputReadLine();
                _java.BeginErrorReadLine();
                string url = $"http://127.0.0.1:{port}/";
                var deadline = DateTime.UtcNow.AddMinutes(2);
                while (true)
                {
                    if (_java.HasExited) throw new InvalidOperationException("vnu exited with " + _java.ExitCode);
                    try
                    {
                        using var ping = await _http.GetAsync(url);
                        break;
                    }
                    catch (HttpRequestException) when (DateTime.UtcNow < deadline) { await Task.Delay(250); }
                }
                return _url = url;
            }
            finally
            {
                _starting.Release();
            }
        }

        private static HttpClient NewClient()
        {
            var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
            // The checker refuses requests without one.
            http.DefaultRequestHeaders.UserAgent.ParseAdd("FormFactory.Browser.Tests");
            return http;
        }

        public void Dispose()
        {
            if (_java != null && !_java.HasExited) _java.Kill(true);
            _java?.Dispose();
            _http.Dispose();
        }
    }
}
