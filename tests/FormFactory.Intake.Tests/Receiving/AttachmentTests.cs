using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FormFactory.Intake.Tests.Support;

namespace FormFactory.Intake.Tests.Receiving
{
    /// <summary>Attachments whose bytes do not match what the post says about them are refused, with an error at the file's field, and nothing is stored.</summary>
    public sealed class AttachmentTests : IClassFixture<IntakeFactory>
    {
        private readonly IntakeFactory _host;

        public AttachmentTests(IntakeFactory host) => _host = host;

        // anwohnerparkausweis/valid-1 carries one PDF (the vehicle registration).
        private static SamplePost Post() => new("anwohnerparkausweis", "valid-1");

        [Fact]
        public async Task AnAttachmentWhoseHashDiffersFromItsBytesIsRefused() =>
            await AssertRefusedAsync(Post(), "attachmentIntegrity", (f, entry) => { entry["sha256"] = new string('0', 64); return entry; });

        [Fact]
        public async Task AnAttachmentWhoseSizeDiffersFromItsBytesIsRefused() =>
            await AssertRefusedAsync(Post(), "attachmentIntegrity", (f, entry) => { entry["size"] = f.Content.Length - 1; return entry; });

        [Fact]
        public async Task BytesOtherThanTheDataDescribesAreRefused() =>
            await AssertRefusedAsync(Post(), "attachmentIntegrity", (f, entry) =>
            {
                var other = f.Content.ToArray();
                other[^1] ^= 1;
                entry["content"] = System.Convert.ToBase64String(other);
                entry["sha256"] = System.Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(other));
                return entry;
            });

        [Fact]
        public async Task HtmlDeclaredAsPdfIsRefused() =>
            await AssertRefusedAsync(Post().WithFile(0, Encoding.UTF8.GetBytes("<!DOCTYPE html><script>alert(1)</script>")), "attachmentContent");

        [Fact]
        public async Task AFileNameWithPathSeparatorsIsRefused() =>
            await AssertRefusedAsync(Post().WithFile(0, SamplePost.Bytes("application/pdf", 1000), "../../etc/passwd.pdf"), "attachmentName");

        [Fact]
        public async Task AFileTheDataNamesButThePostLacksIsRefused()
        {
            var post = Post();
            var json = JsonNode.Parse(post.Json())!;
            json["attachments"] = new JsonArray();
            await AssertRefusedAsync(post, "attachmentMissing", json: json.ToJsonString());
        }

        [Fact]
        public async Task HtmlDeclaredAsPdfInAMultipartPostShowsThePageWithTheError()
        {
            var post = Post().WithFile(0, Encoding.UTF8.GetBytes("<html><body>not a pdf</body></html>"));
            var response = await _host.Client().PostAsync(post.Endpoint, post.Multipart());
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            string page = await response.Content.ReadAsStringAsync();
            Assert.Contains(WebUtility.HtmlEncode("Der Inhalt der Datei passt nicht zu ihrem Typ (application/pdf)."), page);
        }

        private async Task AssertRefusedAsync(SamplePost post, string code, System.Func<SampleFile, JsonObject, JsonObject>? alter = null, string? json = null)
        {
            Assert.True(post.Expected.IsValid, string.Join("\n", post.Expected.Errors));
            int before = (await _host.Store.KeysAsync()).Count;
            var response = await _host.Client().PostAsync(post.Endpoint, SamplePost.Keyed(json ?? post.Json(alter)));
            string body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, body);
            using var answer = JsonDocument.Parse(body);
            var error = Assert.Single(answer.RootElement.GetProperty("errors").EnumerateArray());
            Assert.Equal((post.Files[0].Path, code), (error.GetProperty("path").GetString(), error.GetProperty("code").GetString()));
            Assert.Equal(before, (await _host.Store.KeysAsync()).Count);
        }
    }
}
