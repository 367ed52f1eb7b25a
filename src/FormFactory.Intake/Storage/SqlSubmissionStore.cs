using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace FormFactory.Intake.Storage
{
    /// <summary>
    /// The store on an ADO.NET database, shared by SQLite and PostgreSQL: the same schema, statements and write path,
    /// with only the connection and a few dialect words left to the subclass.
    /// <para>
    /// Writes go through one writer task (group commit): requests queue their submission, the writer takes what has
    /// queued (up to <see cref="MaxBatch"/>) and stores it in one transaction, and each request is answered after that
    /// commit. One fsync then acknowledges many submissions, which is how acceptance outruns the disk's fsync rate.
    /// When a batch fails, its submissions are tried one by one, so one bad submission never fails its neighbours.
    /// </para>
    /// </summary>
    public abstract class SqlSubmissionStore : ISubmissionStore
    {
        /// <summary>Most submissions committed in one transaction.</summary>
        protected const int MaxBatch = 64;

        private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(4096) { SingleReader = true });
        private readonly Task _writer;

        /// <summary>Starts the writer task.</summary>
        protected SqlSubmissionStore() => _writer = Task.Run(WriteLoopAsync);

        /// <inheritdoc />
        public abstract string Kind { get; }

        /// <summary>The dialect's type for bytes (<c>BLOB</c>, <c>BYTEA</c>).</summary>
        protected abstract string BlobType { get; }

        /// <summary>Opens a connection, set up for durable writes.</summary>
        protected abstract Task<DbConnection> OpenAsync(CancellationToken cancel);

        /// <summary>Starts a transaction that keeps other hosts from migrating at the same time.</summary>
        protected abstract Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancel);

        /// <inheritdoc />
        public async Task MigrateAsync(CancellationToken cancel = default)
        {
            await using var connection = await OpenAsync(cancel);
            await using var tx = await BeginMigrationAsync(connection, cancel);
            await ExecAsync(connection, tx, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
            var applied = new HashSet<long>();
            await using (var read = Command(connection, tx, "SELECT version FROM schema_migrations"))
            await using (var reader = await read.ExecuteReaderAsync(cancel))
                while (await reader.ReadAsync(cancel)) applied.Add(reader.GetInt64(0));
            foreach (var migration in Migrations.All.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
            {
                foreach (var statement in migration.Sql.Replace("{blob}", BlobType).Split(';').Select(s => s.Trim()).Where(s => s.Length > 0))
                    await ExecAsync(connection, tx, statement);
                await ExecAsync(connection, tx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @at)",
                    ("v", migration.Version), ("n", migration.Name), ("at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
            }
            await tx.CommitAsync(cancel);
        }

        /// <inheritdoc />
        public async Task<AcceptOutcome> AcceptAsync(NewSubmission submission, CancellationToken cancel = default)
        {
            var pending = new Pending(submission);
            await _queue.Writer.WriteAsync(pending, cancel);
            // Once queued the write goes on whatever the caller does, so its outcome is awaited without the token.
            return await pending.Done.Task;
        }

        private async Task WriteLoopAsync()
        {
            var batch = new List<Pending>(MaxBatch);
            while (await _queue.Reader.WaitToReadAsync())
            {
                batch.Clear();
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next)) batch.Add(next);
                try
                {
                    var outcomes = await WriteBatchAsync(batch);
                    for (int i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(outcomes[i]);
                }
                catch (Exception) when (batch.Count > 1)
                {
                    foreach (var one in batch)
                    {
                        try { one.Done.TrySetResult((await WriteBatchAsync(new[] { one }))[0]); }
                        catch (Exception e) { one.Done.TrySetException(e); }
                    }
                }
                catch (Exception e)
                {
                    batch[0].Done.TrySetException(e);
                }
            }
        }

        private async Task<AcceptOutcome[]> WriteBatchAsync(IReadOnlyList<Pending> batch)
        {
            await using var connection = await OpenAsync(CancellationToken.None);
            await using var tx = await connection.BeginTransactionAsync();
            var outcomes = new AcceptOutcome[batch.Count];
            for (int i = 0; i < batch.Count; i++) outcomes[i] = await WriteAsync(connection, tx, batch[i].Submission);
            await tx.CommitAsync();
            return outcomes;
        }

        // The idempotency record goes first: a key another transaction holds makes this one wait for it (PostgreSQL) or
        // is already visible (SQLite's single writer), so two hosts never store one key twice.
        private static async Task<AcceptOutcome> WriteAsync(DbConnection c, DbTransaction tx, NewSubmission s)
        {
            long now = s.ReceivedAt.ToUnixTimeMilliseconds();
            var known = await KnownKeyAsync(c, tx, s);
            if (known != null && s.IdempotencyWindow is { } window && now - known.Value.CreatedAt > (long)window.TotalMilliseconds)
            {
                await ExecAsync(c, tx, "DELETE FROM idempotency_keys WHERE tenant = @t AND idempotency_key = @k", ("t", s.Tenant), ("k", s.IdempotencyKey));
                known = null;
            }
            if (known != null) return Answer(s, known.Value);

            string reference = s.NextReference();
            int claimed = await ExecAsync(c, tx,
                "INSERT INTO idempotency_keys (tenant, idempotency_key, body_sha256, submission_id, reference, status_token, created_at) " +
                "VALUES (@t, @k, @b, @id, @r, @st, @at) ON CONFLICT (tenant, idempotency_key) DO NOTHING",
                ("t", s.Tenant), ("k", s.IdempotencyKey), ("b", s.BodySha256), ("id", s.Id), ("r", reference), ("st", s.StatusToken), ("at", now));
            if (claimed == 0) return Answer(s, (await KnownKeyAsync(c, tx, s))!.Value);

            for (int attempt = 0; ; attempt++)
            {
                int stored = await ExecAsync(c, tx,
                    "INSERT INTO submissions (id, tenant, service, version, language, reference, received_at, encoding, state, state_changed_at, status_token_sha256, data_json) " +
                    "VALUES (@id, @t, @s, @v, @l, @r, @at, @e, 'received', @at, @st, @d) ON CONFLICT (tenant, reference) DO NOTHING",
                    ("id", s.Id), ("t", s.Tenant), ("s", s.Service), ("v", s.Version), ("l", s.Language), ("r", reference), ("at", now),
                    ("e", s.Encoding), ("st", StatusTokens.Hash(s.StatusToken)), ("d", s.DataJson));
                if (stored == 1) break;
                if (attempt == 10) throw new InvalidOperationException("no free reference number after 10 attempts");
                // The random part collided with an earlier reference of the tenant: draw another.
                reference = s.NextReference();
                await ExecAsync(c, tx, "UPDATE idempotency_keys SET reference = @r WHERE tenant = @t AND idempotency_key = @k",
                    ("r", reference), ("t", s.Tenant), ("k", s.IdempotencyKey));
            }
            for (int i = 0; i < s.Attachments.Count; i++)
            {
                var a = s.Attachments[i];
                await ExecAsync(c, tx, "INSERT INTO attachments (submission_id, ordinal, path, name, media_type, size, sha256, content) VALUES (@id, @o, @p, @n, @m, @z, @h, @c)",
                    ("id", s.Id), ("o", i), ("p", a.Path), ("n", a.Name), ("m", a.MediaType), ("z", a.Size), ("h", a.Sha256), ("c", a.Content));
            }
            await ExecAsync(c, tx, "INSERT INTO outbox (submission_id, state, attempts, next_attempt_at) VALUES (@id, 'pending', 0, @at)", ("id", s.Id), ("at", now));
            await ExecAsync(c, tx, "INSERT INTO submission_events (submission_id, seq, at, kind) VALUES (@id, 1, @at, 'received')", ("id", s.Id), ("at", now));
            return new AcceptOutcome(AcceptKind.Stored, reference, s.StatusToken);
        }

        private static AcceptOutcome Answer(NewSubmission s, (string Body, string Reference, string Token, long CreatedAt) known) =>
            known.Body == s.BodySha256 ? new AcceptOutcome(AcceptKind.Replayed, known.Reference, known.Token) : new AcceptOutcome(AcceptKind.KeyConflict, "", "");

        private static async Task<(string Body, string Reference, string Token, long CreatedAt)?> KnownKeyAsync(DbConnection c, DbTransaction tx, NewSubmission s)
        {
            await using var command = Command(c, tx, "SELECT body_sha256, reference, status_token, created_at FROM idempotency_keys WHERE tenant = @t AND idempotency_key = @k",
                ("t", s.Tenant), ("k", s.IdempotencyKey));
            await using var reader = await command.ExecuteReaderAsync();
            if (!await reader.ReadAsync()) return null;
            return (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3));
        }

        /// <inheritdoc />
        public async Task<SubmissionStatus?> StatusAsync(string statusTokenSha256, CancellationToken cancel = default)
        {
            await using var connection = await OpenAsync(cancel);
            await using var command = Command(connection, null, "SELECT tenant, service, language, reference, state, received_at, state_changed_at FROM submissions WHERE status_token_sha256 = @h", ("h", statusTokenSha256));
            await using var reader = await command.ExecuteReaderAsync(cancel);
            if (!await reader.ReadAsync(cancel)) return null;
            return new SubmissionStatus(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)));
        }

        /// <inheritdoc />
        public async Task<StoredSubmission?> FindAsync(string tenant, string reference, CancellationToken cancel = default)
        {
            await using var connection = await OpenAsync(cancel);
            StoredSubmission? found = null;
            await using (var command = Command(connection, null,
                "SELECT s.id, s.tenant, s.service, s.version, s.language, s.reference, s.received_at, s.encoding, s.state, s.data_json, o.state " +
                "FROM submissions s JOIN outbox o ON o.submission_id = s.id WHERE s.tenant = @t AND s.reference = @r", ("t", tenant), ("r", reference)))
            await using (var reader = await command.ExecuteReaderAsync(cancel))
            {
                if (!await reader.ReadAsync(cancel)) return null;
                found = new StoredSubmission(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)), reader.GetString(7), reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9),
                    Array.Empty<StoredAttachment>(), reader.GetString(10));
            }
            var attachments = new List<StoredAttachment>();
            await using (var command = Command(connection, null, "SELECT path, name, media_type, size, sha256, content FROM attachments WHERE submission_id = @id ORDER BY ordinal", ("id", found.Id)))
            await using (var reader = await command.ExecuteReaderAsync(cancel))
                while (await reader.ReadAsync(cancel))
                    attachments.Add(new StoredAttachment(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4),
                        reader.IsDBNull(5) ? null : (byte[])reader.GetValue(5)));
            return found with { Attachments = attachments };
        }

        /// <inheritdoc />
        public async Task<IReadOnlyList<SubmissionKey>> KeysAsync(CancellationToken cancel = default)
        {
            await using var connection = await OpenAsync(cancel);
            await using var command = Command(connection, null,
                "SELECT s.tenant, s.reference, k.idempotency_key FROM submissions s LEFT JOIN idempotency_keys k ON k.submission_id = s.id ORDER BY s.tenant, s.reference");
            await using var reader = await command.ExecuteReaderAsync(cancel);
            var keys = new List<SubmissionKey>();
            while (await reader.ReadAsync(cancel)) keys.Add(new SubmissionKey(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? "" : reader.GetString(2)));
            return keys;
        }

        /// <inheritdoc />
        public async Task<bool> MarkStateAsync(string tenant, string reference, string state, DateTimeOffset at, CancellationToken cancel = default)
        {
            await using var connection = await OpenAsync(cancel);
            await using var tx = await connection.BeginTransactionAsync(cancel);
            long ms = at.ToUnixTimeMilliseconds();
            string? id = null;
            await using (var find = Command(connection, tx, "SELECT id FROM submissions WHERE tenant = @t AND reference = @r", ("t", tenant), ("r", reference)))
                id = await find.ExecuteScalarAsync(cancel) as string;
            if (id == null) return false;
            await ExecAsync(connection, tx, "UPDATE submissions SET state = @s, state_changed_at = @at WHERE id = @id", ("s", state), ("at", ms), ("id", id));
            await AddEventAsync(connection, tx, id, ms, state);
            await tx.CommitAsync(cancel);
            return true;
        }

        /// <inheritdoc />
        public async Task<int> PurgeAsync(string tenant, string service, DateTimeOffset changedBefore, DateTimeOffset now, CancellationToken cancel = default)
        {
            await using var connection = await OpenAsync(cancel);
            await using var tx = await connection.BeginTransactionAsync(cancel);
            var ids = new List<string>();
            // Only what left 'received': retention follows the real delivery state, never the time of receipt.
            await using (var due = Command(connection, tx, "SELECT id FROM submissions WHERE tenant = @t AND service = @s AND state <> 'received' " +
                "AND state_changed_at < @before AND purged_at IS NULL", ("t", tenant), ("s", service), ("before", changedBefore.ToUnixTimeMilliseconds())))
            await using (var reader = await due.ExecuteReaderAsync(cancel))
                while (await reader.ReadAsync(cancel)) ids.Add(reader.GetString(0));
            long ms = now.ToUnixTimeMilliseconds();
            foreach (var id in ids)
            {
                await ExecAsync(connection, tx, "UPDATE attachments SET content = NULL WHERE submission_id = @id", ("id", id));
                await ExecAsync(connection, tx, "UPDATE submissions SET data_json = NULL, purged_at = @at WHERE id = @id", ("at", ms), ("id", id));
                await AddEventAsync(connection, tx, id, ms, "purged");
            }
            await tx.CommitAsync(cancel);
            return ids.Count;
        }

        private static Task<int> AddEventAsync(DbConnection c, DbTransaction tx, string id, long at, string kind) =>
            ExecAsync(c, tx, "INSERT INTO submission_events (submission_id, seq, at, kind) " +
                "SELECT @id, COALESCE(MAX(seq), 0) + 1, @at, @k FROM submission_events WHERE submission_id = @id", ("id", id), ("at", at), ("k", kind));

        /// <inheritdoc />
        public async Task<bool> IsWritableAsync(CancellationToken cancel = default)
        {
            try
            {
                await using var connection = await OpenAsync(cancel);
                await ExecAsync(connection, null, "INSERT INTO health_probe (host, at) VALUES (@h, @at) ON CONFLICT (host) DO UPDATE SET at = excluded.at",
                    ("h", Environment.MachineName + "/" + Environment.ProcessId), ("at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
                return true;
            }
            catch (DbException)
            {
                return false;
            }
        }

        /// <summary>A command with named parameters (<c>@name</c>, which both dialects read).</summary>
        protected static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = tx;
            foreach (var (name, value) in parameters)
            {
                var p = command.CreateParameter();
                p.ParameterName = name;
                p.Value = value ?? DBNull.Value;
                command.Parameters.Add(p);
            }
            return command;
        }

        /// <summary>Runs a statement; the number of rows it changed.</summary>
        protected static async Task<int> ExecAsync(DbConnection connection, DbTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
        {
            await using var command = Command(connection, tx, sql, parameters);
            return await command.ExecuteNonQueryAsync();
        }

        /// <summary>Stops taking writes, finishes the queued ones, then releases the connections.</summary>
        public virtual async ValueTask DisposeAsync()
        {
            _queue.Writer.TryComplete();
            await _writer;
            GC.SuppressFinalize(this);
        }

        private sealed class Pending
        {
            public Pending(NewSubmission submission) => Submission = submission;
            public NewSubmission Submission { get; }
            public TaskCompletionSource<AcceptOutcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }
}
