namespace ActorMoo.Runtime.Sharding;

/// <summary>
/// The default extractor: entities are addressed with <see cref="ShardingEnvelope"/>s, and any
/// other message is not for an entity (the region reports it as unhandled).
/// </summary>
/// <param name="shardCount">The region's shard count.</param>
public sealed class ShardingEnvelopeExtractor(int shardCount) : HashCodeMessageExtractor(shardCount)
{
    /// <inheritdoc />
    public override string? EntityId(object message) => (message as ShardingEnvelope)?.EntityId;
}
