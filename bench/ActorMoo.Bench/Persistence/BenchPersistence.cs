using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Bench.Persistence;

/// <summary>A database with a journal and snapshot store on it, torn down together.</summary>
internal sealed class BenchPersistence : IAsyncDisposable
{
    private readonly IPersistenceDatabase _database;

    private BenchPersistence(IPersistenceDatabase database, PersistenceRuntime runtime)
    {
        _database = database;
        Runtime = runtime;
    }

    public PersistenceRuntime Runtime { get; }

    public EventJournal Journal => Runtime.Journal;

    /// <summary>
    /// A fresh database of <paramref name="store"/> with a journal using <paramref name="options"/>,
    /// storing the bench's own contracts unless another <paramref name="serializer"/> is given.
    /// </summary>
    public static async Task<BenchPersistence> CreateAsync(BenchStore store, JournalOptions? options = null, PersistenceSerializer? serializer = null)
    {
        var database = await store.CreateDatabaseAsync();
        serializer ??= BenchContracts.CreateSerializer();
        var runtime = new PersistenceRuntime(
            new EventJournal(database.CreateJournalStorage(), serializer, options ?? new JournalOptions(), TimeProvider.System),
            new SnapshotStore(database.CreateSnapshotStorage(), serializer, TimeProvider.System),
            SnapshotPolicy.OnDemandOnly);
        return new BenchPersistence(database, runtime);
    }

    public async ValueTask DisposeAsync()
    {
        await Runtime.Journal.DisposeAsync();
        await Runtime.Snapshots.DisposeAsync();
        await _database.DisposeAsync();
    }
}
