namespace ActorMoo.Runtime.Sharding;

/// <summary>
/// The standard way to address a sharded entity: wrap the message with the entity's id and send
/// the envelope to the entity type's shard region. The entity receives <see cref="Message"/>
/// alone, with the original sender.
/// </summary>
/// <param name="EntityId">The entity's id: any non-empty string; it decides the shard (see <see cref="StableShardHash"/>).</param>
/// <param name="Message">The message for the entity: immutable and serializable, like every message.</param>
public sealed record ShardingEnvelope(string EntityId, object Message)
{
    /// <summary>The entity's id.</summary>
    /// <exception cref="ArgumentException">Null or empty.</exception>
    public string EntityId { get; init; } = ValidId(EntityId);

    /// <summary>The message for the entity.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public object Message { get; init; } = Message ?? throw new ArgumentNullException(nameof(Message));

    private static string ValidId(string entityId)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId, nameof(EntityId));
        return entityId;
    }
}
