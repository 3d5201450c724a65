using ActorMoo.Runtime.Persistence;
using ActorMoo.TestKit.Persistence.Tck;

namespace ActorMoo.Persistence.Sqlite.Tests;

/// <summary>The snapshot store conformance suite against a fresh SQLite file per test.</summary>
public sealed class SqliteSnapshotStorageTests : SnapshotStoreSpec
{
    private readonly TemporaryDatabaseFile _file = new();
    private SqliteDatabase? _database;

    protected override async Task<ISnapshotStorage> CreateStorageAsync()
    {
        _database = await _file.OpenMigratedAsync();
        return _database.CreateSnapshotStorage();
    }

    protected override async Task CleanupAsync()
    {
        if (_database is not null)
            await _database.DisposeAsync();
        _file.Dispose();
    }
}
