namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// The back-end half of the snapshot store: keeps serialized snapshots keyed by
/// (persistence id, sequence number). SQLite, PostgreSQL and the TestKit's in-memory store implement
/// it; a custom back end proves itself with the TestKit's <c>SnapshotStoreSpec</c>.
/// </summary>
public interface ISnapshotStorage : IAsyncDisposable
{
    /// <summary>Stores <paramref name="snapshot"/> durably, replacing one with the same id and sequence number.</summary>
    Task SaveAsync(StoredSnapshot snapshot, CancellationToken cancellationToken);

    /// <summary>The matching snapshot with the highest sequence number, or null.</summary>
    Task<StoredSnapshot?> LoadLatestAsync(string persistenceId, SnapshotCriteria criteria, CancellationToken cancellationToken);

    /// <summary>Deletes the snapshot with exactly this id and sequence number, if present.</summary>
    Task DeleteAsync(string persistenceId, long sequenceNr, CancellationToken cancellationToken);

    /// <summary>Deletes every snapshot of the id that matches <paramref name="criteria"/>.</summary>
    Task DeleteAsync(string persistenceId, SnapshotCriteria criteria, CancellationToken cancellationToken);
}
