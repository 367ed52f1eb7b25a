using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using FormFactory.Intake.Tests.Support;

namespace FormFactory.Intake.Tests.RealHost
{
    /// <summary>The intake as a real Kestrel process: posts over TCP, and what only a real server enforces (slow clients, header limits).</summary>
    public sealed class HostProcessTests : IDisposable
    {
        private readonly TempFolder _folder = new();
        private readonly HostProcess _host;

        public HostProcessTests()
        {
            _host = new HostProcess("sqlite:" + _folder.File("intake.db"), new Dictionary<string, string>
            {
                ["Intake:SlowBodyGraceSeconds"] = "2", ["Intake:MinBodyBytesPerSecond"] = "500",
            });
        }

        [Fact]
        public async Task ASubmissionPostedOverTcpIsStoredAndItsStatusAnswers()
        {
            using var client = new HttpClient();
            var post = new SamplePost("anwohnerparkausweis", "valid-1");
            var response = await client.PostAsync(_host.BaseUrl + post.Endpoint, post.JsonContent());
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.StartsWith(_host.BaseUrl + "/status/", response.Headers.Location!.ToString());
            var page = await client.GetAsync(response.Headers.Location);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("default-src 'none'", string.Join(" ", page.Headers.GetValues("Content-Security-Policy")));
        }

        [Fact]
        public async Task ASlowClientIsCutOffAndTheHostKeepsAnswering()
        {
            var post = new SamplePost("hundAnmelden", "valid-1");
            using var tcp = new TcpClient();
            await tcp.ConnectAsync("127.0.0.1", _host.Port);
            var stream = tcp.GetStream();
            string head = $"POST {post.Endpoint} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            var clock = Stopwatch.StartNew();
            bool cutOff = false;
            try
            {
                // Ten bytes a second, far below the configured minimum rate.
                while (clock.Elapsed < TimeSpan.FromSeconds(20))
                {
                    await stream.WriteAsync(Encoding.ASCII.GetBytes("          "));
                    await Task.Delay(1000);
                    if (tcp.Client.Poll(0, SelectMode.SelectRead) && tcp.Available == 0) { cutOff = true; break; }
                }
            }
            catch (IOException) { cutOff = true; }
            Assert.True(cutOff, "the slow client was not cut off within 20 s");
            using var client = new HttpClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(_host.BaseUrl + "/healthz")).StatusCode);
        }

        [Fact]
        public async Task OversizedHeadersAreRefused()
        {
            using var client = new HttpClient();
            var request = new HttpRequestMessage(HttpMethod.Get, _host.BaseUrl + "/healthz");
            request.Headers.TryAddWithoutValidation("X-Padding", new string('x', 40 * 1024));
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        }

        public void Dispose()
        {
            _host.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _folder.Dispose();
        }
    }
}
