using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace FormFactory.Intake.Storage
{
    /// <summary>
    /// Where accepted submissions live. <see cref="AcceptAsync"/> writes a submission with its attachments,
    /// metadata, delivery row, first event and idempotency record in one transaction and returns only after the
    /// commit is on disk, so a citizen is never told "received" for something a crash could lose.
    /// </summary>
    public interface ISubmissionStore : IAsyncDisposable
    {
        /// <summary>"sqlite" or "postgres": for logs and health answers.</summary>
        string Kind { get; }

        /// <summary>Applies the schema migrations this code knows and the store has not seen yet (safe with several hosts at once).</summary>
        Task MigrateAsync(CancellationToken cancel = default);

        /// <summary>
        /// Stores <paramref name="submission"/> unless its idempotency key is known: then the first answer comes back
        /// (same body) or a conflict (another body), and nothing new is stored.
        /// </summary>
        Task<AcceptOutcome> AcceptAsync(NewSubmission submission, CancellationToken cancel = default);

        /// <summary>The state of the submission whose status token hashes to <paramref name="statusTokenSha256"/>; null when there is none.</summary>
        Task<SubmissionStatus?> StatusAsync(string statusTokenSha256, CancellationToken cancel = default);

        /// <summary>The stored submission of <paramref name="tenant"/> with <paramref name="reference"/>, attachments included; null when there is none.</summary>
        Task<StoredSubmission?> FindAsync(string tenant, string reference, CancellationToken cancel = default);

        /// <summary>Every stored submission's tenant, reference and idempotency key, for checks and tests (no data).</summary>
        Task<IReadOnlyList<SubmissionKey>> KeysAsync(CancellationToken cancel = default);

        /// <summary>
        /// Records that the submission of <paramref name="tenant"/> with <paramref name="reference"/> reached
        /// <paramref name="state"/> (<c>delivered</c>, <c>accepted</c>, <c>rejected</c>) at <paramref name="at"/>, with an event;
        /// false when there is no such submission. Delivery (issue 15) calls it; retention counts from it.
        /// </summary>
        Task<bool> MarkStateAsync(string tenant, string reference, string state, DateTimeOffset at, CancellationToken cancel = default);

        /// <summary>
        /// Deletes the data and attachment bytes of <paramref name="tenant"/>'s submissions of <paramref name="service"/>
        /// that left the <c>received</c> state before <paramref name="changedBefore"/>, keeping a tombstone (reference,
        /// dates, states, attachment metadata) and a <c>purged</c> event; the number purged.
        /// </summary>
        Task<int> PurgeAsync(string tenant, string service, DateTimeOffset changedBefore, DateTimeOffset now, CancellationToken cancel = default);

        /// <summary>Writes and reads a probe row: true when the store takes writes now.</summary>
        Task<bool> IsWritableAsync(CancellationToken cancel = default);
    }
}
