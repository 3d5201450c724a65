namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// A database that holds a journal and a snapshot store: the SQLite file or the PostgreSQL schema the
/// host picked. It owns the connections and the schema; the storages it creates share them. Dispose it
/// after the <see cref="EventJournal"/> and <see cref="SnapshotStore"/> built on it.
/// </summary>
public interface IPersistenceDatabase : IAsyncDisposable
{
    /// <summary>Where the data lives, for logs (never contains a password).</summary>
    string Description { get; }

    /// <summary>The schema version this release expects (the last migration's version).</summary>
    int LatestSchemaVersion { get; }

    /// <summary>The schema version recorded in the database; 0 when it was never migrated.</summary>
    Task<int> ReadSchemaVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates the schema or upgrades it to <see cref="LatestSchemaVersion"/>. Safe to run again and
    /// from several processes at once: only missing versions are applied, each exactly once.
    /// </summary>
    /// <exception cref="InvalidOperationException">The database is newer than this release understands.</exception>
    Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>A journal storage over this database, for an <see cref="EventJournal"/>.</summary>
    IJournalStorage CreateJournalStorage();

    /// <summary>A snapshot storage over this database, for a <see cref="SnapshotStore"/>.</summary>
    ISnapshotStorage CreateSnapshotStorage();
}
