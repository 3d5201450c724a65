namespace ActorMoo.Persistence.Sqlite;

/// <summary>How the SQLite back end opens its database file.</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>The database file; its folder is created when missing. The host puts it under <c>ACTORMOO_DATA_DIR</c>.</summary>
    public string DatabasePath { get; set; } = Path.Combine("data", "actormoo.db");

    /// <summary>
    /// SQLite's <c>synchronous</c> setting for the writer connection. The default,
    /// <see cref="SqliteSynchronousMode.Full"/>, makes every acknowledged write survive a process crash
    /// and a power loss; see <see cref="SqliteSynchronousMode"/> for the trade-off.
    /// </summary>
    public SqliteSynchronousMode Synchronous { get; set; } = SqliteSynchronousMode.Full;

    /// <summary>How long a statement waits for a lock held by another connection or process before failing.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(DatabasePath))
            throw new ArgumentException($"{nameof(DatabasePath)} must name a file.");
        if (!Enum.IsDefined(Synchronous))
            throw new ArgumentException($"{nameof(Synchronous)} has an unknown value {Synchronous}.");
        if (BusyTimeout < TimeSpan.FromMilliseconds(1))
            throw new ArgumentException($"{nameof(BusyTimeout)} must be positive (was {BusyTimeout}).");
    }
}

/// <summary>
/// The durability of a commit in WAL mode. Group commit makes the difference small: one fsync is
/// shared by every write in a batch.
/// </summary>
public enum SqliteSynchronousMode
{
    /// <summary>
    /// The WAL is fsynced at every commit: an acknowledged write survives a process crash (kill -9)
    /// and an operating-system crash or power loss. The default.
    /// </summary>
    Full,

    /// <summary>
    /// The WAL is fsynced only at checkpoints: an acknowledged write survives a process crash (kill -9)
    /// because it is in the operating system's page cache, but the last commits before a power loss or
    /// kernel crash may be lost (the database stays consistent). Faster on slow disks.
    /// </summary>
    Normal,
}
