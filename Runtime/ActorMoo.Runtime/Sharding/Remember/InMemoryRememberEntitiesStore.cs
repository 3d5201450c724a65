namespace ActorMoo.Runtime.Sharding;

/// <summary>
/// A remember-entities store in process memory: it survives the restart of a region or of an
/// actor system in the same process, not of the process. For tests and single-process tools;
/// servers use a store backed by the journal.
/// </summary>
public sealed class InMemoryRememberEntitiesStore : IRememberEntitiesStore
{
    private readonly Lock _gate = new();

    /// <summary>Remembered entity ids by (type name, shard id). Guarded by <see cref="_gate"/>.</summary>
    private readonly Dictionary<(string TypeName, int ShardId), HashSet<string>> _entities = [];

    /// <summary>Every remembered entity of <paramref name="typeName"/>, in no particular order.</summary>
    public IReadOnlyCollection<string> EntitiesOf(string typeName)
    {
        lock (_gate)
        {
            return _entities.Where(e => e.Key.TypeName == typeName).SelectMany(e => e.Value).ToArray();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyCollection<int>> GetShardsAsync(string typeName, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyCollection<int> shards = _entities.Where(e => e.Key.TypeName == typeName && e.Value.Count > 0).Select(e => e.Key.ShardId).ToArray();
            return Task.FromResult(shards);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyCollection<string>> GetEntitiesAsync(string typeName, int shardId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyCollection<string> ids = _entities.TryGetValue((typeName, shardId), out var set) ? set.ToArray() : [];
            return Task.FromResult(ids);
        }
    }

    /// <inheritdoc />
    public Task UpdateAsync(string typeName, int shardId, IReadOnlyCollection<string> started, IReadOnlyCollection<string> stopped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(started);
        ArgumentNullException.ThrowIfNull(stopped);
        lock (_gate)
        {
            if (!_entities.TryGetValue((typeName, shardId), out var set)) _entities[(typeName, shardId)] = set = new HashSet<string>(StringComparer.Ordinal);
            set.UnionWith(started);
            set.ExceptWith(stopped);
        }
        return Task.CompletedTask;
    }
}
