using ActorMoo.Runtime.Persistence;
using ActorMoo.TestKit.Persistence.Tck;

namespace ActorMoo.Persistence.PostgreSql.Tests;

/// <summary>The journal conformance suite against a fresh PostgreSQL schema per test.</summary>
public sealed class PostgreSqlJournalStorageTests : JournalSpec
{
    private readonly TestSchema _schema = new("journal");
    private readonly List<PostgreSqlDatabase> _databases = [];

    protected override async Task<IJournalStorage> CreateStorageAsync() => await OpenAnotherStorageAsync();

    /// <summary>A second <see cref="PostgreSqlDatabase"/> (its own pool) on the same schema, as another node would have.</summary>
    protected override async Task<IJournalStorage> OpenAnotherStorageAsync()
    {
        var database = await _schema.OpenMigratedAsync();
        _databases.Add(database);
        return database.CreateJournalStorage();
    }

    protected override async Task CleanupAsync()
    {
        foreach (var database in _databases)
            await database.DisposeAsync();
        await _schema.DisposeAsync();
    }
}
