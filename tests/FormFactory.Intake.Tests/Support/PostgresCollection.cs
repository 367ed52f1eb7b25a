namespace FormFactory.Intake.Tests.Support
{
    /// <summary>The tests that share one PostgreSQL server (started once, stopped after the last of them).</summary>
    [CollectionDefinition(Name)]
    public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
    {
        public const string Name = "postgres";
    }
}
