using System.Diagnostics;
using ActorMoo.Runtime.Persistence;
using ActorMoo.TestKit.Persistence.Tck;

namespace ActorMoo.Persistence.PostgreSql.Tests;

/// <summary>Kill -9 of a process writing to PostgreSQL loses no acknowledged batch and leaves no partial one.</summary>
public sealed class PostgreSqlCrashConsistencyTests : CrashConsistencySpec
{
    private readonly TestSchema _schema = new("crash");
    private PostgreSqlDatabase? _reopened;

    protected override async Task<ProcessStartInfo> PrepareWriterAsync()
    {
        await using (await _schema.OpenMigratedAsync())
        {
        }
        return DotnetProcess("ActorMoo.Persistence.CrashWriter.dll", "postgres", _schema.ConnectionString, _schema.Name);
    }

    protected override async Task<IJournalStorage> OpenStorageAsync()
    {
        _reopened = await _schema.OpenAsync();
        return _reopened.CreateJournalStorage();
    }

    protected override async Task CleanupAsync()
    {
        if (_reopened is not null)
            await _reopened.DisposeAsync();
        await _schema.DisposeAsync();
    }
}
