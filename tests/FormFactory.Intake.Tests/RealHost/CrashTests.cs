using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FormFactory.Intake.Storage;
using FormFactory.Intake.Tests.Support;
using Xunit.Abstractions;

namespace FormFactory.Intake.Tests.RealHost
{
    /// <summary>
    /// A bounded load posts continuously while the real host process is killed with SIGKILL several times and
    /// started again. Afterwards every submission that got a 201 is in the store with identical data and
    /// attachments, and no idempotency key is stored twice. Posts cut off by a kill are retried with their key
    /// until answered, as the form script does.
    /// </summary>
    public abstract class CrashTests
    {
        private const int Workers = 6;
        private const int Kills = 4;
        private static readonly TimeSpan BetweenKills = TimeSpan.FromSeconds(2.5);
        private readonly ITestOutputHelper _output;

        protected CrashTests(ITestOutputHelper output) => _output = output;

        protected abstract string StoreSpec { get; }

        private sealed record Acknowledged(string Key, string Reference, string Tenant, string KeptJson, IReadOnlyList<byte[]> Files);

        [Fact]
        public async Task EveryAcknowledgedSubmissionSurvivesKillsExactlyOnce()
        {
            string spec = StoreSpec;
            using var host = new HostProcess(spec);
            var acknowledged = new ConcurrentBag<Acknowledged>();
            int next = 0, retries = 0, kills = 0;
            var stop = new CancellationTokenSource();
            var clock = Stopwatch.StartNew();

            async Task Worker()
            {
                using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
                while (!stop.IsCancellationRequested)
                {
                    int i = Interlocked.Increment(ref next);
                    var post = i % 5 == 0 ? new SamplePost("anwohnerparkausweis", "valid-1") : new SamplePost("hundAnmelden", "valid-1");
                    post.Data["person"]!["vorname"] = "Erika" + Letters(i);
                    string key = "crash-" + i + "-" + Guid.NewGuid().ToString("N");
                    string json = post.Json();
                    var deadline = Stopwatch.StartNew();
                    while (true)
                    {
                        Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), "a post was not answered within 60 s of retries");
                        HttpResponseMessage response;
                        try { response = await client.PostAsync(host.BaseUrl + post.Endpoint, SamplePost.Keyed(json, key)); }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                        {
                            Interlocked.Increment(ref retries);
                            await Task.Delay(100);
                            continue;
                        }
                        if (response.StatusCode == HttpStatusCode.ServiceUnavailable) { Interlocked.Increment(ref retries); await Task.Delay(100); continue; }
                        string body = await response.Content.ReadAsStringAsync();
                        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
                        using var answer = JsonDocument.Parse(body);
                        acknowledged.Add(new Acknowledged(key, answer.RootElement.GetProperty("reference").GetString()!, post.Tenant.Id, post.Expected.KeptJson,
                            post.Files.Select(f => f.Content).ToList()));
                        break;
                    }
                }
            }

            var workers = Enumerable.Range(0, Workers).Select(_ => Task.Run(Worker)).ToList();
            for (int k = 0; k < Kills; k++)
            {
                await Task.Delay(BetweenKills);
                host.Kill();
                kills++;
                host.Start();
            }
            await Task.Delay(BetweenKills);
            stop.Cancel();
            await Task.WhenAll(workers);
            host.Kill();

            await using var store = SubmissionStores.Open(spec);
            var keys = await store.KeysAsync();
            var acks = acknowledged.ToList();
            _output.WriteLine($"{StoreSpec.Split(':')[0]}: {next} posts started, {acks.Count} acknowledged, {retries} retries after {kills} SIGKILLs, {keys.Count} stored, {clock.Elapsed.TotalSeconds:0.0} s");
            Assert.True(acks.Count > 50, $"only {acks.Count} submissions were acknowledged: the load did not run");
            Assert.All(keys, k => Assert.StartsWith("key:crash-", k.IdempotencyKey));
            Assert.Equal(keys.Count, keys.Select(k => k.IdempotencyKey).Distinct().Count());
            Assert.Equal(acks.Select(a => "key:" + a.Key).OrderBy(k => k, StringComparer.Ordinal), keys.Select(k => k.IdempotencyKey).OrderBy(k => k, StringComparer.Ordinal));
            foreach (var a in acks)
            {
                var stored = await store.FindAsync(a.Tenant, a.Reference);
                Assert.True(stored != null, a.Reference + " was acknowledged but is not stored");
                Assert.Equal(a.KeptJson, stored!.DataJson);
                Assert.Equal(a.Files, stored.Attachments.Select(f => f.Content!).ToList());
            }
        }

        private static string Letters(int n)
        {
            var s = new System.Text.StringBuilder();
            for (; n > 0; n /= 26) s.Insert(0, (char)('a' + n % 26));
            return s.ToString();
        }
    }

    public sealed class SqliteCrashTests : CrashTests, IDisposable
    {
        private readonly TempFolder _folder = new();

        public SqliteCrashTests(ITestOutputHelper output) : base(output) { }

        protected override string StoreSpec => "sqlite:" + _folder.File("intake.db");

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _folder.Dispose();
        }
    }

    [Collection(PostgresCollection.Name)]
    public sealed class PostgresCrashTests : CrashTests
    {
        private readonly string _database;

        public PostgresCrashTests(PostgresServer server, ITestOutputHelper output) : base(output) => _database = server.NewDatabase();

        protected override string StoreSpec => "postgres:" + _database;
    }
}
