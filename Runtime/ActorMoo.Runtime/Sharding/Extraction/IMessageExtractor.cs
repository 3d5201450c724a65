namespace ActorMoo.Runtime.Sharding;

/// <summary>
/// Tells a shard region which entity a message is for, what the entity receives, and which shard
/// hosts the entity. The region and its shards call it for every message, on their own threads:
/// implementations must be stateless (or thread-safe) and cheap.
/// </summary>
/// <remarks>
/// The shard of an entity depends on its id alone, never on the message, so that one entity
/// can never be hosted by two shards. Every node of a cluster must compute the same shard for
/// the same id: derive <see cref="HashCodeMessageExtractor"/>, whose hash is fixed by contract.
/// </remarks>
public interface IMessageExtractor
{
    /// <summary>The id of the entity <paramref name="message"/> is for, or null when the message is
    /// not for an entity of this type (the region then reports it as unhandled).</summary>
    string? EntityId(object message);

    /// <summary>What the entity receives for <paramref name="message"/>: the message itself, or its
    /// payload when it is an envelope.</summary>
    object EntityMessage(object message);

    /// <summary>The shard hosting <paramref name="entityId"/>: from 0 to the region's shard count − 1,
    /// the same on every node and in every process.</summary>
    int ShardId(string entityId);
}
