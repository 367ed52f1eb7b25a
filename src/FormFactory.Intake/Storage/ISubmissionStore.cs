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

        /// <summary>Writes and reads a probe row: true when the store takes writes now.</summary>
        Task<bool> IsWritableAsync(CancellationToken cancel = default);
    }
}
