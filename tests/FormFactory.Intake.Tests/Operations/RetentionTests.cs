using System;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using FormFactory.Intake.Operations;
using FormFactory.Intake.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FormFactory.Intake.Tests.Operations
{
    /// <summary>
    /// The purge follows the tenant file (darmstadt: 30 days, hundAnmelden 90) and the real delivery state: only
    /// submissions delivered longer ago than their retention lose data and attachments; a tombstone stays.
    /// </summary>
    public sealed class RetentionTests : IClassFixture<IntakeFactory>
    {
        private readonly IntakeFactory _host;

        public RetentionTests(IntakeFactory host) => _host = host;

        private async Task<(string Tenant, string Reference, string StatusUrl)> SubmitAsync(string service, string sample)
        {
            var post = new SamplePost(service, sample);
            Assert.Equal("darmstadt", post.Tenant.Id);
            var response = await _host.Client().PostAsync(post.Endpoint, post.JsonContent());
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return (post.Tenant.Id, answer.RootElement.GetProperty("reference").GetString()!, answer.RootElement.GetProperty("statusUrl").GetString()!);
        }

        [Fact]
        public async Task DeliveredSubmissionsPastTheirRetentionKeepOnlyATombstone()
        {
            var store = _host.Store;
            var now = DateTimeOffset.UtcNow;
            var parking = await SubmitAsync("anwohnerparkausweis", "valid-1");       // tenant: 30 days
            var dogRecent = await SubmitAsync("hundAnmelden", "valid-1");           // service: 90 days
            var dogOld = await SubmitAsync("hundAnmelden", "valid-2");
            var undelivered = await SubmitAsync("anwohnerparkausweis", "valid-2");
            Assert.True(await store.MarkStateAsync(parking.Tenant, parking.Reference, "delivered", now.AddDays(-31)));
            Assert.True(await store.MarkStateAsync(dogRecent.Tenant, dogRecent.Reference, "delivered", now.AddDays(-31)));
            Assert.True(await store.MarkStateAsync(dogOld.Tenant, dogOld.Reference, "accepted", now.AddDays(-91)));

            int purged = await _host.Services.GetRequiredService<RetentionPurge>().RunOnceAsync();

            Assert.Equal(2, purged);
            var tombstone = (await store.FindAsync(parking.Tenant, parking.Reference))!;
            Assert.Null(tombstone.DataJson);
            Assert.All(tombstone.Attachments, a => Assert.Null(a.Content));
            Assert.NotEmpty(tombstone.Attachments);
            Assert.Equal("delivered", tombstone.State);
            Assert.Null((await store.FindAsync(dogOld.Tenant, dogOld.Reference))!.DataJson);
            Assert.NotNull((await store.FindAsync(dogRecent.Tenant, dogRecent.Reference))!.DataJson);
            var kept = (await store.FindAsync(undelivered.Tenant, undelivered.Reference))!;
            Assert.NotNull(kept.DataJson);
            Assert.All(kept.Attachments, a => Assert.NotNull(a.Content));
            // The status URL still tells the state of a purged submission.
            var client = _host.Client();
            client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
            Assert.Contains("\"state\":\"delivered\"", await client.GetStringAsync(parking.StatusUrl));
            Assert.Equal(0, await _host.Services.GetRequiredService<RetentionPurge>().RunOnceAsync());
        }
    }
}
