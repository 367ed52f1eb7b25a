using System.Threading.Tasks;
using FormFactory.Intake.Storage;
using FormFactory.Intake.Tests.Support;

namespace FormFactory.Intake.Tests.Storage
{
    [Collection(PostgresCollection.Name)]
    public sealed class PostgresStoreTests : StoreContract
    {
        private readonly PostgresServer _server;
        private string? _database;

        public PostgresStoreTests(PostgresServer server) => _server = server;

        protected override async Task<ISubmissionStore> OpenAsync(bool same = false)
        {
            if (!same || _database == null) _database = _server.NewDatabase();
            var store = new PostgresSubmissionStore(_database);
            await store.MigrateAsync();
            return store;
        }
    }
}
