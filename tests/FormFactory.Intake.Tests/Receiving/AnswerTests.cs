using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FormFactory.Intake.Tests.Support;
using FormFactory.Rendering.Build;

namespace FormFactory.Intake.Tests.Receiving
{
    /// <summary>Every answer of the submission contract and of the issue: 201, 303, 400, 404, 413, 415, 422, 429 and the status URL.</summary>
    public sealed class AnswerTests : IClassFixture<IntakeFactory>
    {
        private readonly IntakeFactory _host;

        public AnswerTests(IntakeFactory host) => _host = host;

        private static SamplePost Hund() => new("hundAnmelden", "valid-1");

        private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string path, HttpContent content, HttpClient? client = null)
        {
            var response = await (client ?? _host.Client()).PostAsync(path, content);
            string text = await response.Content.ReadAsStringAsync();
            using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
            return (response.StatusCode, document.RootElement.Clone());
        }

        private static string WithEnvelope(SamplePost post, string name, JsonNode? value)
        {
            var json = JsonNode.Parse(post.Json())!;
            json[name] = value;
            return json.ToJsonString();
        }

        [Fact]
        public async Task TheStatusUrlTellsTheStateAndNotTheData()
        {
            var post = Hund();
            var (status, body) = await PostAsync(post.Endpoint, post.JsonContent());
            Assert.Equal(HttpStatusCode.Created, status);
            var client = _host.Client();
            client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
            string answer = await client.GetStringAsync(body.GetProperty("statusUrl").GetString());
            using var state = JsonDocument.Parse(answer);
            Assert.Equal(body.GetProperty("reference").GetString(), state.RootElement.GetProperty("reference").GetString());
            Assert.Equal("received", state.RootElement.GetProperty("state").GetString());
            Assert.DoesNotContain("Mustermann", answer);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/status/" + FormFactory.Intake.Storage.StatusTokens.Create())).StatusCode);
        }

        [Fact]
        public async Task AnUnknownEndpointIsNotFound() =>
            Assert.Equal(HttpStatusCode.NotFound, (await PostAsync("/nowhere/submissions", Hund().JsonContent())).Status);

        [Fact]
        public async Task AnUnknownTenantAtAnEndpointIsNotFound()
        {
            var post = Hund();
            var (status, body) = await PostAsync(post.Endpoint, SamplePost.Keyed(WithEnvelope(post, "tenant", "nowhere")));
            Assert.Equal((HttpStatusCode.NotFound, "unknown-tenant"), (status, body.GetProperty("error").GetString()));
        }

        [Fact]
        public async Task AnUnknownServiceIsNotFound()
        {
            var post = Hund();
            var (status, body) = await PostAsync(post.Endpoint, SamplePost.Keyed(WithEnvelope(post, "form", "katzeAnmelden")));
            Assert.Equal((HttpStatusCode.NotFound, "unknown-service"), (status, body.GetProperty("error").GetString()));
        }

        [Fact]
        public async Task AServiceTheTenantDoesNotOfferIsRefused()
        {
            var catalog = SamplePost.Catalog;
            var (tenant, form) = catalog.Tenants.SelectMany(t => catalog.Forms.Where(f => !t.Offers.Contains(f.Id)).Select(f => (t, f))).First();
            var post = new SamplePost(form.Id, "valid-1");
            var json = JsonNode.Parse(post.Json())!;
            json["tenant"] = tenant.Id;
            var (status, body) = await PostAsync(SubmissionEndpoints.PathOf(tenant), SamplePost.Keyed(json.ToJsonString()));
            Assert.Equal((HttpStatusCode.NotFound, "not-offered"), (status, body.GetProperty("error").GetString()));
        }

        [Fact]
        public async Task AnotherContentTypeIsUnsupported()
        {
            var post = Hund();
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await PostAsync(post.Endpoint, new StringContent(post.Json(), Encoding.UTF8, "text/plain"))).Status);
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await PostAsync(post.Endpoint, new StringContent(post.Json(), Encoding.Latin1, "application/json"))).Status);
        }

        [Theory]
        [InlineData("{\"form\":")]
        [InlineData("[]")]
        [InlineData("{\"form\":\"hundAnmelden\",\"data\":[]}")]
        [InlineData("{\"form\":\"hundAnmelden\",\"tenant\":1,\"data\":{}}")]
        [InlineData("{\"form\":\"hundAnmelden\",\"data\":{},\"attachments\":[{\"size\":1,\"content\":\"%%%\"}]}")]
        public async Task AMalformedBodyIsABadRequest(string body) =>
            Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(Hund().Endpoint, SamplePost.Keyed(body))).Status);

        [Fact]
        public async Task AnIdempotencyKeyWithControlCharactersIsABadRequest()
        {
            var post = Hund();
            Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(post.Endpoint, SamplePost.Keyed(post.Json(), new string('k', 201)))).Status);
        }

        [Fact]
        public async Task APostFromAnotherVersionOfTheDefinitionIsRefusedWithAReloadMessage()
        {
            var post = Hund();
            var (status, body) = await PostAsync(post.Endpoint, SamplePost.Keyed(WithEnvelope(post, "version", "0.9.0")));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
            var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
            Assert.Equal(("", "version"), (error.GetProperty("path").GetString(), error.GetProperty("code").GetString()));
            Assert.Contains("neu", error.GetProperty("message").GetString());
        }

        [Fact]
        public async Task TheSameKeyAndBodyGetTheFirstAnswerAndStoreNothingNew()
        {
            var post = Hund();
            string key = System.Guid.NewGuid().ToString();
            var first = await PostAsync(post.Endpoint, post.JsonContent(key: key));
            int stored = (await _host.Store.KeysAsync()).Count;
            var again = await PostAsync(post.Endpoint, post.JsonContent(key: key));
            Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.Status, again.Status));
            Assert.Equal(first.Body.GetRawText(), again.Body.GetRawText());
            Assert.Equal(stored, (await _host.Store.KeysAsync()).Count);
        }

        [Fact]
        public async Task TheSameKeyWithAnotherBodyIsRefusedWithTheReason()
        {
            var post = Hund();
            string key = System.Guid.NewGuid().ToString();
            Assert.Equal(HttpStatusCode.Created, (await PostAsync(post.Endpoint, post.JsonContent(key: key))).Status);
            int stored = (await _host.Store.KeysAsync()).Count;
            post.Data["anschrift"]!["hausnummer"] = "7";
            var (status, body) = await PostAsync(post.Endpoint, post.JsonContent(key: key));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
            Assert.Equal("idempotencyConflict", Assert.Single(body.GetProperty("errors").EnumerateArray()).GetProperty("code").GetString());
            Assert.Equal(stored, (await _host.Store.KeysAsync()).Count);
        }

        [Fact]
        public async Task AnIdenticalPostWithoutJavaScriptGetsTheFirstReference()
        {
            var post = new SamplePost("hundAnmelden", "valid-2");
            post.Data["anschrift"]!["hausnummer"] = "99";
            var client = _host.Client();
            var first = await client.PostAsync(post.Endpoint, post.Multipart());
            int stored = (await _host.Store.KeysAsync()).Count;
            var again = await client.PostAsync(post.Endpoint, post.Multipart());
            Assert.Equal((HttpStatusCode.SeeOther, HttpStatusCode.SeeOther), (first.StatusCode, again.StatusCode));
            Assert.Equal(first.Headers.Location, again.Headers.Location);
            Assert.Equal(stored, (await _host.Store.KeysAsync()).Count);
        }

        [Fact]
        public async Task TheCorsPreflightAllowsOnlyConfiguredPortalOrigins()
        {
            using var host = new IntakeFactory { Settings = new() { ["Intake:PortalOrigins:rossdorf:0"] = "https://portal.rossdorf.example" } };
            string path = SubmissionEndpoints.PathOf(SamplePost.Catalog.Tenant("rossdorf")!);
            var allowed = new HttpRequestMessage(HttpMethod.Options, path);
            allowed.Headers.Add("Origin", "https://portal.rossdorf.example");
            allowed.Headers.Add("Access-Control-Request-Method", "POST");
            var answer = await host.Client().SendAsync(allowed);
            Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
            Assert.Equal("https://portal.rossdorf.example", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
            Assert.Contains("Idempotency-Key", answer.Headers.GetValues("Access-Control-Allow-Headers").Single());
            var other = new HttpRequestMessage(HttpMethod.Options, path);
            other.Headers.Add("Origin", "https://evil.example");
            var refused = await host.Client().SendAsync(other);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
        }

        [Fact]
        public async Task ABodyPastTheLimitIsTooLarge()
        {
            using var host = new IntakeFactory { Settings = new() { ["Intake:MaxBodyBytes"] = "50000" } };
            var post = new SamplePost("anwohnerparkausweis", "valid-1");
            var (status, _) = await PostAsync(post.Endpoint, post.JsonContent(), host.Client());
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
            // Without a Content-Length the limit holds while reading.
            var chunked = new StreamContent(new System.IO.MemoryStream(Encoding.UTF8.GetBytes(post.Json())));
            chunked.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            var request = new HttpRequestMessage(HttpMethod.Post, post.Endpoint) { Content = chunked };
            request.Headers.TransferEncodingChunked = true;
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await host.Client().SendAsync(request)).StatusCode);
            Assert.Empty(await host.Store.KeysAsync());
        }

        [Fact]
        public async Task TooManyPostsFromOneClientAreAskedToWait()
        {
            using var host = new IntakeFactory { Settings = new() { ["Intake:PostsPerMinute"] = "2" } };
            var post = Hund();
            var client = host.Client();
            var statuses = new List<HttpStatusCode>();
            for (int i = 0; i < 3; i++) statuses.Add((await client.PostAsync(post.Endpoint, post.JsonContent())).StatusCode);
            var limited = await client.PostAsync(post.Endpoint, post.JsonContent());
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
            Assert.Equal("60", limited.Headers.GetValues("Retry-After").Single());
            Assert.Equal(new[] { HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests }, statuses);
        }

        [Fact]
        public async Task HealthAndMetricsAnswer()
        {
            var client = _host.Client();
            var health = await client.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Contains("\"writable\":true", await health.Content.ReadAsStringAsync());
            var post = Hund();
            await client.PostAsync(post.Endpoint, SamplePost.Keyed(WithEnvelope(post, "version", "0.0.1")));
            string metrics = await client.GetStringAsync("/metrics");
            Assert.Contains("formfactory_intake_refused_total{reason=\"version\"}", metrics);
            Assert.Contains("formfactory_intake_post_seconds_count", metrics);
        }

        [Fact]
        public async Task EveryAnswerCarriesTheSecurityHeaders()
        {
            var response = await _host.Client().GetAsync("/healthz");
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        }
    }
}
