namespace ActorMoo.Runtime.Sharding;

/// <summary>
/// Durable memory of which entities are running, so that they are activated again when their
/// region starts (after a restart of the node, or on another node once shards move). A shard
/// records an entity as started before it delivers the entity's first message, and as stopped
/// when the entity passivates; an entity that stops any other way (a crash, a node shutdown)
/// stays remembered. Implementations (journal-backed, in-memory) must be thread-safe: every
/// shard calls them concurrently, but at most one <see cref="UpdateAsync"/> per shard at a time.
/// </summary>
public interface IRememberEntitiesStore
{
    /// <summary>The shards of <paramref name="typeName"/> that have remembered entities.</summary>
    Task<IReadOnlyCollection<int>> GetShardsAsync(string typeName, CancellationToken cancellationToken);

    /// <summary>The remembered entities of one shard.</summary>
    Task<IReadOnlyCollection<string>> GetEntitiesAsync(string typeName, int shardId, CancellationToken cancellationToken);

    /// <summary>Records, atomically, that <paramref name="started"/> entities run and <paramref name="stopped"/>
    /// entities do not (the two sets are disjoint). Completes once the change is durable.</summary>
    Task UpdateAsync(string typeName, int shardId, IReadOnlyCollection<string> started, IReadOnlyCollection<string> stopped, CancellationToken cancellationToken);
}
