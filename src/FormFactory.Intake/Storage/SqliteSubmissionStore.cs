using System.Data.Common;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace FormFactory.Intake.Storage
{
    /// <summary>
    /// The default store: one SQLite file in WAL mode with <c>synchronous=FULL</c>, so a commit is on disk before the
    /// writer returns and readers never wait for the writer.
    /// </summary>
    public sealed class SqliteSubmissionStore : SqlSubmissionStore
    {
        private readonly string _connectionString;

        /// <summary>A store in <paramref name="file"/> (created with its folder when missing).</summary>
        public SqliteSubmissionStore(string file)
        {
            string full = Path.GetFullPath(file);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            _connectionString = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 }.ToString();
            File = full;
        }

        /// <summary>The database file.</summary>
        public string File { get; }

        /// <inheritdoc />
        public override string Kind => "sqlite";

        /// <inheritdoc />
        protected override string BlobType => "BLOB";

        /// <inheritdoc />
        protected override async Task<DbConnection> OpenAsync(CancellationToken cancel)
        {
            var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancel);
            // synchronous and busy_timeout are per connection; journal_mode=WAL stays with the file once set.
            await ExecAsync(connection, null, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000");
            return connection;
        }

        /// <inheritdoc />
        protected override Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancel) =>
            // BEGIN IMMEDIATE: takes the write lock now, so a second process waits instead of migrating alongside.
            Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
    }
}
