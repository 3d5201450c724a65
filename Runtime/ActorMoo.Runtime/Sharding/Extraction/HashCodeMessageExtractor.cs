namespace ActorMoo.Runtime.Sharding;

/// <summary>
/// A message extractor whose shard id is the entity id's <see cref="StableShardHash"/> modulo
/// <see cref="ShardCount"/>, the same on every node and in every process. Derive it to extract
/// entity ids from your own messages; <see cref="ShardingEnvelope"/>s are unwrapped by default.
/// </summary>
public abstract class HashCodeMessageExtractor : IMessageExtractor
{
    /// <summary>Creates an extractor that spreads entities over <paramref name="shardCount"/> shards.</summary>
    /// <param name="shardCount">At least 1; must equal the region's <see cref="ShardingSettings.ShardCount"/>.</param>
    protected HashCodeMessageExtractor(int shardCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shardCount, 1);
        ShardCount = shardCount;
    }

    /// <summary>The number of shards entities are spread over.</summary>
    public int ShardCount { get; }

    /// <inheritdoc />
    public abstract string? EntityId(object message);

    /// <inheritdoc />
    /// <remarks>Unwraps a <see cref="ShardingEnvelope"/>; passes any other message through.</remarks>
    public virtual object EntityMessage(object message) => message is ShardingEnvelope envelope ? envelope.Message : message;

    /// <inheritdoc />
    public int ShardId(string entityId) => StableShardHash.ShardOf(entityId, ShardCount);
}
