namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// Saves and loads snapshots of persistent actors' state, serialized with stable manifests and
/// upcast on load. Thread-safe; one per process, sharing the journal's serializer.
/// </summary>
public sealed class SnapshotStore : IAsyncDisposable
{
    private readonly ISnapshotStorage _storage;
    private readonly PersistenceSerializer _serializer;
    private readonly TimeProvider _time;

    /// <summary>Creates the store over <paramref name="storage"/>, which it owns and disposes.</summary>
    public SnapshotStore(ISnapshotStorage storage, PersistenceSerializer serializer, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(serializer);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _storage = storage;
        _serializer = serializer;
        _time = timeProvider;
    }

    /// <summary>
    /// Stores <paramref name="state"/> as the state of <paramref name="persistenceId"/> after event
    /// <paramref name="sequenceNr"/>, returning its metadata once durable.
    /// </summary>
    /// <exception cref="UnknownManifestException">The state's type is not registered.</exception>
    public async Task<SnapshotMetadata> SaveAsync(string persistenceId, long sequenceNr, object state, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(persistenceId);
        ArgumentOutOfRangeException.ThrowIfNegative(sequenceNr);
        ArgumentNullException.ThrowIfNull(state);
        var metadata = new SnapshotMetadata(persistenceId, sequenceNr, _time.GetUtcNow());
        await _storage.SaveAsync(new StoredSnapshot(metadata, _serializer.Serialize(state)), cancellationToken).ConfigureAwait(false);
        return metadata;
    }

    /// <summary>The latest snapshot matching <paramref name="criteria"/> (default: the latest of all), or null.</summary>
    /// <exception cref="UnknownManifestException">The stored state's manifest is unknown.</exception>
    public async Task<Snapshot?> LoadAsync(string persistenceId, SnapshotCriteria? criteria = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(persistenceId);
        var stored = await _storage.LoadLatestAsync(persistenceId, criteria ?? SnapshotCriteria.Latest, cancellationToken).ConfigureAwait(false);
        return stored is null ? null : new Snapshot(stored.Metadata, _serializer.Deserialize(stored.State));
    }

    /// <summary>Deletes the snapshot of the id taken after event <paramref name="sequenceNr"/>, if present.</summary>
    public Task DeleteAsync(string persistenceId, long sequenceNr, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(persistenceId);
        return _storage.DeleteAsync(persistenceId, sequenceNr, cancellationToken);
    }

    /// <summary>Deletes every snapshot of the id matching <paramref name="criteria"/>, e.g. those older than the newest.</summary>
    public Task DeleteAsync(string persistenceId, SnapshotCriteria criteria, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(persistenceId);
        ArgumentNullException.ThrowIfNull(criteria);
        return _storage.DeleteAsync(persistenceId, criteria, cancellationToken);
    }

    /// <summary>Disposes the storage.</summary>
    public ValueTask DisposeAsync() => _storage.DisposeAsync();
}
