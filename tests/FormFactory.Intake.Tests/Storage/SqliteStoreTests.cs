using System.Threading.Tasks;
using FormFactory.Intake.Storage;
using FormFactory.Intake.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FormFactory.Intake.Tests.Storage
{
    public sealed class SqliteStoreTests : StoreContract, System.IDisposable
    {
        private readonly TempFolder _folder = new();

        protected override async Task<ISubmissionStore> OpenAsync(bool same = false)
        {
            var store = new SqliteSubmissionStore(_folder.File("intake.db"));
            await store.MigrateAsync();
            return store;
        }

        [Fact]
        public async Task TheFileIsInWalModeAndCommitsAreSynchronous()
        {
            await using var store = await OpenAsync();
            await store.AcceptAsync(Submission());
            using var connection = new SqliteConnection("Data Source=" + _folder.File("intake.db"));
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            Assert.Equal("wal", command.ExecuteScalar());
        }

        public void Dispose()
        {
            SqliteConnection.ClearAllPools();
            _folder.Dispose();
        }
    }
}
