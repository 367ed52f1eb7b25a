using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace FormFactory.Intake.Storage
{
    /// <summary>
    /// The store for production and for several hosts in front of one database: unique constraints and
    /// <c>ON CONFLICT</c> keep hosts from storing one idempotency key or reference twice, and an advisory lock keeps
    /// them from migrating at the same time.
    /// </summary>
    public sealed class PostgresSubmissionStore : SqlSubmissionStore
    {
        // Any fixed number: hosts of this service agree on it to serialise migrations.
        private const long MigrationLock = 0x466f726d46616374;
        private readonly NpgsqlDataSource _source;

        /// <summary>A store on the database of <paramref name="connectionString"/>.</summary>
        public PostgresSubmissionStore(string connectionString) => _source = NpgsqlDataSource.Create(connectionString);

        /// <inheritdoc />
        public override string Kind => "postgres";

        /// <inheritdoc />
        protected override string BlobType => "BYTEA";

        /// <inheritdoc />
        protected override async Task<DbConnection> OpenAsync(CancellationToken cancel) => await _source.OpenConnectionAsync(cancel);

        /// <inheritdoc />
        protected override async Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancel)
        {
            var tx = await connection.BeginTransactionAsync(cancel);
            await ExecAsync(connection, tx, "SELECT pg_advisory_xact_lock(@k)", ("k", MigrationLock));
            return tx;
        }

        /// <inheritdoc />
        public override async System.Threading.Tasks.ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await _source.DisposeAsync();
        }
    }
}
