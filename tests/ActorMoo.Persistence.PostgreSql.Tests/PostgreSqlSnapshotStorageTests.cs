using ActorMoo.Runtime.Persistence;
using ActorMoo.TestKit.Persistence.Tck;

namespace ActorMoo.Persistence.PostgreSql.Tests;

/// <summary>The snapshot store conformance suite against a fresh PostgreSQL schema per test.</summary>
public sealed class PostgreSqlSnapshotStorageTests : SnapshotStoreSpec
{
    private readonly TestSchema _schema = new("snapshots");
    private PostgreSqlDatabase? _database;

    protected override async Task<ISnapshotStorage> CreateStorageAsync()
    {
        _database = await _schema.OpenMigratedAsync();
        return _database.CreateSnapshotStorage();
    }

    protected override async Task CleanupAsync()
    {
        if (_database is not null)
            await _database.DisposeAsync();
        await _schema.DisposeAsync();
    }
}
