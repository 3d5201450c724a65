using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Persistence.Sqlite;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Runtime.Sharding;

namespace ActorMoo.World.StressHost;

/// <summary>
/// The world over a SQLite file, wired as the server wires it (object region, id allocator, task
/// runner over the durable journal with fsync at every commit). The host runs the simulation on it;
/// the test opens it again after the last kill to check the invariants.
/// </summary>
public sealed class StressWorld : IAsyncDisposable
{
    /// <summary>The database's file name in the data folder.</summary>
    public const string DatabaseFileName = "world.db";

    /// <summary>Idle passivation off: every object stays active, the run measures commits, not re-activation.</summary>
    private static readonly ShardingSettings Sharding = new() { ShardCount = 64, PassivationIdleTimeout = TimeSpan.Zero };

    private readonly SqliteDatabase _database;
    private readonly PersistenceRuntime _persistence;
    private readonly ActorSystem _system;

    private StressWorld(SqliteDatabase database, PersistenceRuntime persistence, ActorSystem system, WorldObjects objects, WorldTasks tasks)
    {
        _database = database;
        _persistence = persistence;
        _system = system;
        Objects = objects;
        Tasks = tasks;
    }

    /// <summary>The world's objects.</summary>
    public WorldObjects Objects { get; }

    /// <summary>Runs world tasks.</summary>
    public WorldTasks Tasks { get; }

    /// <summary>Opens (creating and migrating when missing) the world in <paramref name="folder"/>.</summary>
    public static async Task<StressWorld> OpenAsync(string folder, WorldSettings settings)
    {
        var database = await SqliteDatabase.OpenAsync(new SqliteStorageOptions { DatabasePath = Path.Combine(folder, DatabaseFileName) });
        await database.MigrateAsync();
        var serializer = new PersistenceSerializer(new TypeManifestRegistry().RegisterWorld());
        var persistence = new PersistenceRuntime(
            new EventJournal(database.CreateJournalStorage(), serializer, new JournalOptions(), TimeProvider.System),
            new SnapshotStore(database.CreateSnapshotStorage(), serializer, TimeProvider.System),
            SnapshotPolicy.Default);
        var system = ActorSystem.Create("stress-world");
        var objects = WorldObjects.Start(system, persistence, settings, Sharding);
        var tasks = new WorldTasks(objects, persistence.Journal, DiscardingSink.Instance);
        return new StressWorld(database, persistence, system, objects, tasks);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _system.DisposeAsync();
        await _persistence.Journal.DisposeAsync();
        await _persistence.Snapshots.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>Simulated players have no connections: their output goes nowhere.</summary>
    private sealed class DiscardingSink : ITaskEffectSink
    {
        public static readonly DiscardingSink Instance = new();

        public void Release(long taskId, IReadOnlyList<TaskEffect> effects)
        {
        }
    }
}
