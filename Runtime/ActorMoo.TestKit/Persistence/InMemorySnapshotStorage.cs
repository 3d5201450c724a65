using ActorMoo.Runtime.Persistence;

namespace ActorMoo.TestKit.Persistence;

/// <summary>
/// A snapshot storage kept in memory, for tests. It passes the snapshot conformance suite and can
/// fail saves and loads of chosen ids on request.
/// </summary>
public sealed class InMemorySnapshotStorage : ISnapshotStorage
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SortedList<long, StoredSnapshot>> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Exception> _failSavesOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Exception> _failLoadsOf = new(StringComparer.Ordinal);

    /// <summary>Makes saving snapshots of <paramref name="persistenceId"/> fail until cleared.</summary>
    public void FailSavesOf(string persistenceId, Exception? exception = null)
    {
        lock (_lock)
            _failSavesOf[persistenceId] = exception ?? new InjectedFaultException($"Injected failure saving a snapshot of '{persistenceId}'.");
    }

    /// <summary>Makes loading snapshots of <paramref name="persistenceId"/> fail until cleared: a recovery failure.</summary>
    public void FailLoadsOf(string persistenceId, Exception? exception = null)
    {
        lock (_lock)
            _failLoadsOf[persistenceId] = exception ?? new InjectedFaultException($"Injected failure loading a snapshot of '{persistenceId}'.");
    }

    /// <summary>Removes every injected fault.</summary>
    public void ClearFaults()
    {
        lock (_lock)
        {
            _failSavesOf.Clear();
            _failLoadsOf.Clear();
        }
    }

    /// <summary>The metadata of every snapshot kept for <paramref name="persistenceId"/>, oldest first.</summary>
    public IReadOnlyList<SnapshotMetadata> SnapshotsOf(string persistenceId)
    {
        lock (_lock)
            return _byId.TryGetValue(persistenceId, out var list) ? [.. list.Values.Select(s => s.Metadata)] : [];
    }

    /// <inheritdoc />
    public Task SaveAsync(StoredSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var id = snapshot.Metadata.PersistenceId;
        lock (_lock)
        {
            if (_failSavesOf.TryGetValue(id, out var exception))
                return Task.FromException(exception);
            if (!_byId.TryGetValue(id, out var list))
                _byId[id] = list = [];
            var truncated = snapshot.Metadata with { Timestamp = DateTimeOffset.FromUnixTimeMilliseconds(snapshot.Metadata.Timestamp.ToUnixTimeMilliseconds()) };
            list[snapshot.Metadata.SequenceNr] = snapshot with { Metadata = truncated };
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<StoredSnapshot?> LoadLatestAsync(string persistenceId, SnapshotCriteria criteria, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_failLoadsOf.TryGetValue(persistenceId, out var exception))
                return Task.FromException<StoredSnapshot?>(exception);
            var latest = _byId.TryGetValue(persistenceId, out var list)
                ? list.Values.LastOrDefault(s => criteria.Matches(s.Metadata))
                : null;
            return Task.FromResult(latest);
        }
    }

    /// <inheritdoc />
    public Task DeleteAsync(string persistenceId, long sequenceNr, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_byId.TryGetValue(persistenceId, out var list))
                list.Remove(sequenceNr);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DeleteAsync(string persistenceId, SnapshotCriteria criteria, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_byId.TryGetValue(persistenceId, out var list))
            {
                foreach (var sequenceNr in list.Values.Where(s => criteria.Matches(s.Metadata)).Select(s => s.Metadata.SequenceNr).ToList())
                    list.Remove(sequenceNr);
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>Nothing to release.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
