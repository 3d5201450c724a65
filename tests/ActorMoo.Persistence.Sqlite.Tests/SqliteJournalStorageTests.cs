using ActorMoo.Runtime.Persistence;
using ActorMoo.TestKit.Persistence.Tck;

namespace ActorMoo.Persistence.Sqlite.Tests;

/// <summary>The journal conformance suite against a fresh SQLite file per test.</summary>
public sealed class SqliteJournalStorageTests : JournalSpec
{
    private readonly TemporaryDatabaseFile _file = new();
    private readonly List<SqliteDatabase> _databases = [];

    protected override async Task<IJournalStorage> CreateStorageAsync() => await OpenAnotherStorageAsync();

    /// <summary>A second <see cref="SqliteDatabase"/> on the same file: its own writer connection, as another process would have.</summary>
    protected override async Task<IJournalStorage> OpenAnotherStorageAsync()
    {
        var database = await _file.OpenMigratedAsync();
        _databases.Add(database);
        return database.CreateJournalStorage();
    }

    protected override async Task CleanupAsync()
    {
        foreach (var database in _databases)
            await database.DisposeAsync();
        _file.Dispose();
    }
}
