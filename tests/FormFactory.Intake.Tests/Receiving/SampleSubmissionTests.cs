using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using FormFactory.Intake.Receiving;
using FormFactory.Intake.Tests.Support;

namespace FormFactory.Intake.Tests.Receiving
{
    /// <summary>Every sample service end to end through the host: valid samples stored in both encodings, invalid ones refused with exactly the validator's errors.</summary>
    public sealed class SampleSubmissionTests : IClassFixture<IntakeFactory>
    {
        private readonly IntakeFactory _host;

        public SampleSubmissionTests(IntakeFactory host) => _host = host;

        public static TheoryData<string, string> Valid() => Data("valid");
        public static TheoryData<string, string> Invalid() => Data("invalid");

        private static TheoryData<string, string> Data(string kind)
        {
            var data = new TheoryData<string, string>();
            foreach (var row in SamplePost.All(kind)) data.Add((string)row[0], (string)row[1]);
            return data;
        }

        [Theory]
        [MemberData(nameof(Valid))]
        public async Task AValidJsonPostIsStoredAsTheValidatorKeepsIt(string service, string sample)
        {
            var post = new SamplePost(service, sample);
            Assert.True(post.Expected.IsValid, string.Join("\n", post.Expected.Errors));
            var response = await _host.Client().PostAsync(post.Endpoint, post.JsonContent());
            string body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, body);
            using var answer = JsonDocument.Parse(body);
            string reference = answer.RootElement.GetProperty("reference").GetString()!;
            Assert.True(ReferenceNumbers.IsValid(reference));
            Assert.StartsWith(ReferenceNumbers.PrefixOf(service) + "-", reference);
            Assert.Equal(answer.RootElement.GetProperty("statusUrl").GetString(), response.Headers.Location!.ToString());
            await AssertStoredAsync(post, reference, "json");
        }

        [Theory]
        [MemberData(nameof(Valid))]
        public async Task AValidMultipartPostIsStoredAndRedirectsToItsConfirmation(string service, string sample)
        {
            var post = new SamplePost(service, sample);
            var client = _host.Client();
            var response = await client.PostAsync(post.Endpoint, post.Multipart());
            Assert.True(response.StatusCode == HttpStatusCode.SeeOther, response.StatusCode + ": " + await response.Content.ReadAsStringAsync());
            var confirmation = await client.GetAsync(response.Headers.Location);
            Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
            string page = await confirmation.Content.ReadAsStringAsync();
            var reference = System.Text.RegularExpressions.Regex.Match(page, "id=\"reference\" data-ff-reference>([^<]+)<").Groups[1].Value;
            Assert.True(ReferenceNumbers.IsValid(reference), page);
            await AssertStoredAsync(post, reference, "multipart");
        }

        [Theory]
        [MemberData(nameof(Invalid))]
        public async Task AnInvalidJsonPostIsRefusedWithExactlyTheValidatorsErrors(string service, string sample)
        {
            var post = new SamplePost(service, sample);
            Assert.False(post.Expected.IsValid);
            int before = (await _host.Store.KeysAsync()).Count;
            var response = await _host.Client().PostAsync(post.Endpoint, post.JsonContent());
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var errors = answer.RootElement.GetProperty("errors").EnumerateArray()
                .Select(e => (e.GetProperty("path").GetString(), e.GetProperty("code").GetString(), e.GetProperty("message").GetString(),
                    e.GetProperty("messages").GetProperty("de").GetString(), e.GetProperty("messages").GetProperty("en").GetString())).ToList();
            Assert.Equal(post.Expected.Errors.Select(e => ((string?)e.Path, (string?)e.Code, (string?)e.MessageDe, (string?)e.MessageDe, (string?)e.MessageEn)).ToList(), errors);
            Assert.Equal(before, (await _host.Store.KeysAsync()).Count);
        }

        [Theory]
        [MemberData(nameof(Invalid))]
        public async Task AnInvalidMultipartPostShowsThePageAgainWithTheErrors(string service, string sample)
        {
            var post = new SamplePost(service, sample);
            int before = (await _host.Store.KeysAsync()).Count;
            var response = await _host.Client().PostAsync(post.Endpoint, post.Multipart());
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
            string page = await response.Content.ReadAsStringAsync();
            Assert.Contains("data-ff-form=\"" + service + "\"", page);
            Assert.Contains("/" + post.Tenant.Id + "/" + service + "/assets/formfactory.css", page);
            Assert.Contains("connect-src http://localhost;", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal(before, (await _host.Store.KeysAsync()).Count);
        }

        private async Task AssertStoredAsync(SamplePost post, string reference, string encoding)
        {
            var stored = await _host.Store.FindAsync(post.Tenant.Id, reference);
            Assert.NotNull(stored);
            Assert.Equal(post.Expected.KeptJson, stored!.DataJson);
            Assert.Equal((post.Form.Id, post.Form.Version, "de", encoding, "received", "pending"),
                (stored.Service, stored.Version, stored.Language, stored.Encoding, stored.State, stored.OutboxState));
            Assert.Equal(post.Files.Select(f => (f.Path, f.Name, f.MediaType, f.Content)), stored.Attachments.Select(a => (a.Path, a.Name, a.MediaType, a.Content!)));
        }
    }
}
