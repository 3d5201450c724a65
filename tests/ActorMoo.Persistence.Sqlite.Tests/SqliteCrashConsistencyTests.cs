using System.Diagnostics;
using ActorMoo.Runtime.Persistence;
using ActorMoo.TestKit.Persistence.Tck;

namespace ActorMoo.Persistence.Sqlite.Tests;

/// <summary>Kill -9 of a process writing to a SQLite file loses no acknowledged batch and leaves no partial one.</summary>
public sealed class SqliteCrashConsistencyTests : CrashConsistencySpec
{
    private readonly TemporaryDatabaseFile _file = new();
    private SqliteDatabase? _reopened;

    protected override async Task<ProcessStartInfo> PrepareWriterAsync()
    {
        await using (await _file.OpenMigratedAsync())
        {
        }
        return DotnetProcess("ActorMoo.Persistence.CrashWriter.dll", "sqlite", _file.Path);
    }

    protected override async Task<IJournalStorage> OpenStorageAsync()
    {
        _reopened = await SqliteDatabase.OpenAsync(_file.Options());
        return _reopened.CreateJournalStorage();
    }

    protected override async Task CleanupAsync()
    {
        if (_reopened is not null)
            await _reopened.DisposeAsync();
        _file.Dispose();
    }
}
