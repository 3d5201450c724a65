using ActorMoo.Host.Configuration.Units;
using ActorMoo.Persistence.Sqlite;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Host.Options;

/// <summary>The event journal and snapshots (<c>actormoo.persistence</c> in reference.conf); where they live is <see cref="StorageOptions"/>.</summary>
public sealed class PersistenceOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionKey = "actormoo:persistence";

    /// <summary>Most atomic writes committed in one database transaction (group commit).</summary>
    [ConfigurationKeyName("batch-size")]
    public int BatchSize { get; set; } = 1000;

    /// <summary>Most events committed in one transaction; a single larger write still goes alone.</summary>
    [ConfigurationKeyName("batch-max-events")]
    public int BatchMaxEvents { get; set; } = 20_000;

    /// <summary>How long a started batch waits for more writes; zero commits at once.</summary>
    [ConfigurationKeyName("batch-delay")]
    public Duration BatchDelay { get; set; } = Duration.Zero;

    /// <summary>Writes that may wait for a batch before writers are slowed down.</summary>
    [ConfigurationKeyName("queue-capacity")]
    public int QueueCapacity { get; set; } = 100_000;

    /// <summary>A persistent actor snapshots its state every this many events; zero: only on demand.</summary>
    [ConfigurationKeyName("snapshot-every")]
    public int SnapshotEvery { get; set; } = 1000;

    /// <summary>How many of its newest snapshots each actor keeps.</summary>
    [ConfigurationKeyName("snapshots-kept")]
    public int SnapshotsKept { get; set; } = 2;

    /// <summary>Whether the node creates or upgrades the schema at start (otherwise only <c>actormoo migrate</c> does).</summary>
    [ConfigurationKeyName("migrate-on-start")]
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>SQLite's commit durability: Full (survives power loss) or Normal (survives a killed process).</summary>
    [ConfigurationKeyName("sqlite-synchronous")]
    public SqliteSynchronousMode SqliteSynchronous { get; set; } = SqliteSynchronousMode.Full;

    /// <summary>The PostgreSQL schema holding the tables.</summary>
    [ConfigurationKeyName("postgres-schema")]
    public string PostgresSchema { get; set; } = "public";

    /// <summary>The journal's group-commit settings, stamping rows with <paramref name="writerId"/>.</summary>
    public JournalOptions ToJournalOptions(string writerId) => new()
    {
        MaxBatchWrites = BatchSize,
        MaxBatchEvents = BatchMaxEvents,
        MaxBatchDelay = BatchDelay,
        QueueCapacity = QueueCapacity,
        WriterId = writerId,
    };

    /// <summary>The snapshot policy of persistent actors that do not choose their own.</summary>
    public SnapshotPolicy ToSnapshotPolicy() => new(EveryEvents: SnapshotEvery, Keep: SnapshotsKept);
}
