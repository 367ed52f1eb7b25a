using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FormFactory.Intake.Tests.Support;

namespace FormFactory.Intake.Tests.Receiving
{
    /// <summary>
    /// Hostile and broken posts: each gets its 4xx (never a 500), nothing is stored, and the host keeps answering.
    /// (Slow clients need a real Kestrel: <c>RealHost/HostProcessTests</c>.)
    /// </summary>
    public sealed class HostileInputTests : IClassFixture<IntakeFactory>
    {
        private readonly IntakeFactory _host;

        public HostileInputTests(IntakeFactory host) => _host = host;

        private static SamplePost Hund() => new("hundAnmelden", "valid-1");

        public static TheoryData<string, string, int> JsonBodies()
        {
            string valid = Hund().Json();
            var data = new TheoryData<string, string, int>
            {
                { "truncated", valid.Substring(0, valid.Length / 2), 400 },
                { "empty", "", 400 },
                { "duplicate envelope key", "{\"form\":\"hundAnmelden\",\"form\":\"kitaPlatz\"," + valid.Substring(1), 400 },
                { "duplicate data key", valid.Replace("\"data\":{", "\"data\":{\"zuzug\":true,"), 400 },
                { "100,000-deep nesting", valid.Replace("\"data\":{", "\"data\":{\"x\":" + new string('[', 100_000) + new string(']', 100_000) + ","), 400 },
                { "raw NUL byte", valid.Replace("Erika", "Er\0ika"), 400 },
                { "NUL escape in a name", valid.Replace("\"Erika\"", "\"Er\\u0000ika\""), 422 },
                { "1e400 as a number", Set(valid, n => n["data"]!["anzahlHunde"] = JsonNode.Parse("1e400")), 422 },
                { "10,000 unknown fields", Set(valid, n => { var d = n["data"]!.AsObject(); for (int i = 0; i < 10_000; i++) d["unknown" + i] = i; }), 400 },
                { "a string for an object", Set(valid, n => n["data"]!["anschrift"] = "Luisenplatz"), 422 },
            };
            return data;
        }

        private static string Set(string json, System.Action<JsonNode> change)
        {
            var node = JsonNode.Parse(json)!;
            change(node);
            return node.ToJsonString();
        }

        [Theory]
        [MemberData(nameof(JsonBodies))]
        public async Task AHostileJsonPostGetsItsClientErrorAndStoresNothing(string what, string body, int status)
        {
            await AssertRefusedAsync(what, SamplePost.Keyed(body), status);
        }

        [Fact]
        public async Task InvalidUtf8IsABadRequest()
        {
            var bytes = Encoding.UTF8.GetBytes(Hund().Json()).ToList();
            bytes.InsertRange(bytes.IndexOf((byte)'E'), new byte[] { 0xC3, 0x28, 0xFF });
            var content = new ByteArrayContent(bytes.ToArray());
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            await AssertRefusedAsync("invalid UTF-8", content, 400);
        }

        [Fact]
        public async Task ATruncatedMultipartBodyIsABadRequest()
        {
            var post = Hund();
            byte[] whole = await post.Multipart().ReadAsByteArrayAsync();
            var content = new ByteArrayContent(whole.Take(whole.Length / 2).ToArray());
            var boundary = post.Multipart().Headers.ContentType!;
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=\"nowhere-to-be-found\"");
            await AssertRefusedAsync("truncated multipart", content, 400);
        }

        [Fact]
        public async Task AMultipartBodyWithoutItsBoundaryIsABadRequest()
        {
            var content = new StringContent("--x\r\nContent-Disposition: form-data; name=\"_form\"\r\n\r\nhundAnmelden", Encoding.UTF8);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");
            await AssertRefusedAsync("multipart without boundary", content, 400);
        }

        [Fact]
        public async Task AMultipartPostWithTooManyFieldsIsABadRequest()
        {
            var content = new MultipartFormDataContent();
            content.Add(new StringContent("hundAnmelden"), "_form");
            for (int i = 0; i < 10_000; i++) content.Add(new StringContent("x"), "f" + i);
            await AssertRefusedAsync("10,000 multipart fields", content, 400);
        }

        [Fact]
        public async Task AMultipartPostForAnUnknownServiceIsNotFound()
        {
            var content = new MultipartFormDataContent { { new StringContent("katzeAnmelden"), "_form" } };
            await AssertRefusedAsync("unknown multipart form", content, 404);
        }

        [Fact]
        public async Task AFilePartWithAPathForANameIsRefused()
        {
            var post = new SamplePost("anwohnerparkausweis", "valid-1").WithFile(0, SamplePost.Bytes("application/pdf", 500), "C:\\Users\\erika\\schein.pdf");
            await AssertRefusedAsync("path in a multipart file name", post.Multipart(), 422);
        }

        private async Task AssertRefusedAsync(string what, HttpContent content, int status)
        {
            int before = (await _host.Store.KeysAsync()).Count;
            var client = _host.Client();
            var response = await client.PostAsync(Hund().Endpoint, content);
            Assert.True((int)response.StatusCode == status, $"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.Equal(before, (await _host.Store.KeysAsync()).Count);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        }
    }
}
