using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FormFactory.Intake.Receiving;
using FormFactory.Intake.Storage;

namespace FormFactory.Intake.Tests.Storage
{
    /// <summary>
    /// What every store must do, run against SQLite and against a real PostgreSQL server by the two subclasses:
    /// one test suite, so the stores cannot drift apart.
    /// </summary>
    public abstract class StoreContract
    {
        /// <summary>A new, empty, migrated store (a second call with <paramref name="same"/> opens the same database again).</summary>
        protected abstract Task<ISubmissionStore> OpenAsync(bool same = false);

        private static int _counter;

        protected static NewSubmission Submission(string key = "", string body = "b", string tenant = "rossdorf", TimeSpan? window = null, Func<string>? reference = null,
            DateTimeOffset? at = null, params StoredAttachment[] attachments)
        {
            int n = System.Threading.Interlocked.Increment(ref _counter);
            return new NewSubmission(Guid.NewGuid().ToString("D"), tenant, "hundAnmelden", "1.0.0", "de", at ?? DateTimeOffset.UtcNow, "json",
                "{\"n\":" + n + ",\"text\":\"Roßdorf \\u00e4\"}", attachments, key.Length == 0 ? "key:" + Guid.NewGuid() : key, window, body, StatusTokens.Create(),
                reference ?? (() => ReferenceNumbers.Create("HUN", 2026)));
        }

        [Fact]
        public async Task StoredSubmissionsAreReadBackWithIdenticalDataAttachmentsAndMetadata()
        {
            await using var store = await OpenAsync();
            var bytes = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 7)).ToArray();
            var s = Submission(attachments: new StoredAttachment("hunde[0].sachkundenachweis", "nachweis.pdf", "application/pdf", bytes.Length, "ab", bytes));
            var outcome = await store.AcceptAsync(s);
            Assert.Equal(AcceptKind.Stored, outcome.Kind);
            Assert.True(ReferenceNumbers.IsValid(outcome.Reference), outcome.Reference);
            var found = await store.FindAsync("rossdorf", outcome.Reference);
            Assert.NotNull(found);
            Assert.Equal(s.DataJson, found!.DataJson);
            Assert.Equal(("hundAnmelden", "1.0.0", "de", "json", "received", "pending"), (found.Service, found.Version, found.Language, found.Encoding, found.State, found.OutboxState));
            Assert.Equal(s.ReceivedAt.ToUnixTimeMilliseconds(), found.ReceivedAt.ToUnixTimeMilliseconds());
            var a = Assert.Single(found.Attachments);
            Assert.Equal(bytes, a.Content);
            Assert.Equal(("hunde[0].sachkundenachweis", "nachweis.pdf", "application/pdf", (long)bytes.Length), (a.Path, a.Name, a.MediaType, a.Size));
        }

        [Fact]
        public async Task TheStatusTokenFindsTheStateAndNothingElseDoes()
        {
            await using var store = await OpenAsync();
            var s = Submission();
            var outcome = await store.AcceptAsync(s);
            var status = await store.StatusAsync(StatusTokens.Hash(outcome.StatusToken));
            Assert.Equal((outcome.Reference, "received", "rossdorf"), (status!.Reference, status.State, status.Tenant));
            Assert.Null(await store.StatusAsync(StatusTokens.Hash(StatusTokens.Create())));
            Assert.Null(await store.StatusAsync(outcome.StatusToken));
        }

        [Fact]
        public async Task TheSameKeyWithTheSameBodyGetsTheFirstAnswerAndStoresNothing()
        {
            await using var store = await OpenAsync();
            var first = await store.AcceptAsync(Submission("key:k1", "body"));
            var again = await store.AcceptAsync(Submission("key:k1", "body"));
            Assert.Equal(AcceptKind.Replayed, again.Kind);
            Assert.Equal((first.Reference, first.StatusToken), (again.Reference, again.StatusToken));
            Assert.Single(await store.KeysAsync());
        }

        [Fact]
        public async Task TheSameKeyWithAnotherBodyIsRefusedAndStoresNothing()
        {
            await using var store = await OpenAsync();
            await store.AcceptAsync(Submission("key:k1", "body"));
            var other = await store.AcceptAsync(Submission("key:k1", "other body"));
            Assert.Equal(AcceptKind.KeyConflict, other.Kind);
            Assert.Single(await store.KeysAsync());
        }

        [Fact]
        public async Task KeysAreSeparatePerTenant()
        {
            await using var store = await OpenAsync();
            await store.AcceptAsync(Submission("key:k1", "body", "rossdorf"));
            var other = await store.AcceptAsync(Submission("key:k1", "body", "darmstadt"));
            Assert.Equal(AcceptKind.Stored, other.Kind);
            Assert.Equal(2, (await store.KeysAsync()).Count);
        }

        [Fact]
        public async Task AContentKeyAnswersWithTheFirstSubmissionOnlyWithinItsWindow()
        {
            await using var store = await OpenAsync();
            var day = TimeSpan.FromHours(24);
            var start = DateTimeOffset.UtcNow;
            var first = await store.AcceptAsync(Submission("content:x", "body", window: day, at: start));
            var within = await store.AcceptAsync(Submission("content:x", "body", window: day, at: start.AddHours(23)));
            var after = await store.AcceptAsync(Submission("content:x", "body", window: day, at: start.AddHours(25)));
            Assert.Equal((AcceptKind.Replayed, first.Reference), (within.Kind, within.Reference));
            Assert.Equal(AcceptKind.Stored, after.Kind);
            Assert.NotEqual(first.Reference, after.Reference);
            Assert.Equal(2, (await store.KeysAsync()).Count);
        }

        [Fact]
        public async Task ATakenReferenceIsDrawnAgain()
        {
            await using var store = await OpenAsync();
            await store.AcceptAsync(Submission(reference: () => "HUN-2026-0000-0000"));
            var draws = new Queue<string>(new[] { "HUN-2026-0000-0000", "HUN-2026-0000-0011" });
            var second = await store.AcceptAsync(Submission(reference: draws.Dequeue));
            Assert.Equal("HUN-2026-0000-0011", second.Reference);
            Assert.Equal(new[] { "HUN-2026-0000-0000", "HUN-2026-0000-0011" }, (await store.KeysAsync()).Select(k => k.Reference).ToArray());
            // The idempotency record follows the reference that was stored.
            var replay = await store.AcceptAsync(Submission((await store.KeysAsync())[1].IdempotencyKey, "b"));
            Assert.Equal("HUN-2026-0000-0011", replay.Reference);
        }

        [Fact]
        public async Task ManyConcurrentPostsOfOneKeyStoreOneSubmission()
        {
            await using var store = await OpenAsync();
            var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => store.AcceptAsync(Submission("key:same", "body")))));
            Assert.Single(outcomes, o => o.Kind == AcceptKind.Stored);
            Assert.Single(outcomes.Select(o => o.Reference).Distinct());
            Assert.Single(await store.KeysAsync());
        }

        [Fact]
        public async Task ManyConcurrentPostsAreAllStoredOnce()
        {
            await using var store = await OpenAsync();
            var outcomes = await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(() => store.AcceptAsync(Submission("key:" + i, "body")))));
            Assert.All(outcomes, o => Assert.Equal(AcceptKind.Stored, o.Kind));
            Assert.Equal(300, outcomes.Select(o => o.Reference).Distinct().Count());
            Assert.Equal(300, (await store.KeysAsync()).Count);
        }

        [Fact]
        public async Task TwoHostsOnOneDatabaseStoreAKeyOnce()
        {
            await using var one = await OpenAsync();
            await using var two = await OpenAsync(same: true);
            var outcomes = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => (i % 2 == 0 ? one : two).AcceptAsync(Submission("key:" + i / 4, "body")))));
            Assert.Equal(10, outcomes.Count(o => o.Kind == AcceptKind.Stored));
            Assert.Equal(10, (await one.KeysAsync()).Count);
        }

        [Fact]
        public async Task MigratingAgainChangesNothing()
        {
            await using var store = await OpenAsync();
            var outcome = await store.AcceptAsync(Submission());
            await store.MigrateAsync();
            await using var again = await OpenAsync(same: true);
            Assert.NotNull(await again.FindAsync("rossdorf", outcome.Reference));
        }

        [Fact]
        public async Task APurgeLeavesATombstoneOfDeliveredSubmissionsOnly()
        {
            await using var store = await OpenAsync();
            var now = DateTimeOffset.UtcNow;
            var bytes = new byte[] { 1, 2, 3 };
            var delivered = await store.AcceptAsync(Submission(attachments: new StoredAttachment("f", "f.pdf", "application/pdf", 3, "ab", bytes)));
            var received = await store.AcceptAsync(Submission(at: now.AddDays(-100)));
            Assert.True(await store.MarkStateAsync("rossdorf", delivered.Reference, "delivered", now.AddDays(-10)));
            Assert.False(await store.MarkStateAsync("rossdorf", "HUN-2026-0000-0000", "delivered", now));

            Assert.Equal(0, await store.PurgeAsync("rossdorf", "hundAnmelden", now.AddDays(-11), now));
            Assert.Equal(1, await store.PurgeAsync("rossdorf", "hundAnmelden", now.AddDays(-9), now));
            Assert.Equal(0, await store.PurgeAsync("rossdorf", "hundAnmelden", now.AddDays(-9), now));

            var tombstone = (await store.FindAsync("rossdorf", delivered.Reference))!;
            Assert.Null(tombstone.DataJson);
            Assert.Null(Assert.Single(tombstone.Attachments).Content);
            Assert.Equal(("delivered", 3L, "f.pdf"), (tombstone.State, tombstone.Attachments[0].Size, tombstone.Attachments[0].Name));
            Assert.Equal("delivered", (await store.StatusAsync(StatusTokens.Hash(delivered.StatusToken)))!.State);
            Assert.NotNull((await store.FindAsync("rossdorf", received.Reference))!.DataJson);
        }

        [Fact]
        public async Task TheStoreReportsItselfWritable()
        {
            await using var store = await OpenAsync();
            Assert.True(await store.IsWritableAsync());
        }

        [Fact]
        public async Task UnknownReferencesAreNotFound()
        {
            await using var store = await OpenAsync();
            Assert.Null(await store.FindAsync("rossdorf", "HUN-2026-0000-0000"));
        }
    }
}
