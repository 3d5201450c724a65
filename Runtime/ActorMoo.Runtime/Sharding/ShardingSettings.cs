namespace ActorMoo.Runtime.Sharding;

/// <summary>
/// Settings of one shard region: plain data that the host binds from configuration
/// (<c>sharding { … }</c>) and validates at start. The same settings must be used on every node
/// for the same entity type.
/// </summary>
public sealed record ShardingSettings
{
    /// <summary>Shards the entities are spread over. Part of the cluster contract: changing it moves
    /// almost every entity to another shard. Aim for about ten times the largest node count.</summary>
    public int ShardCount { get; init; } = 100;

    /// <summary>An entity that received no message through its region for this long is passivated
    /// (stopped until its next message). <see cref="TimeSpan.Zero"/> turns idle passivation off.
    /// Shards check every half timeout, so an idle entity stops between one and one and a half
    /// timeouts after its last message.</summary>
    public TimeSpan PassivationIdleTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Most entities of this type active at once on this node; beyond it the least recently
    /// used entity is passivated. The limit is divided evenly among the node's active shards.
    /// 0 means no limit.</summary>
    public int MaxActiveEntities { get; init; }

    /// <summary>Most messages held for one entity while it is passivating or starting; further
    /// messages become dead letters (with a warning), so a stuck entity cannot exhaust memory.</summary>
    public int BufferSizePerEntity { get; init; } = 1000;

    /// <summary>How long a shard waits before retrying a failed write of its remembered entities.</summary>
    public TimeSpan RememberEntitiesRetryInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (ShardCount < 1)
            throw new ArgumentException($"ShardCount must be at least 1 (was {ShardCount}).", nameof(ShardCount));
        if (PassivationIdleTimeout < TimeSpan.Zero)
            throw new ArgumentException($"PassivationIdleTimeout must not be negative (was {PassivationIdleTimeout}); use 0 to turn idle passivation off.", nameof(PassivationIdleTimeout));
        if (MaxActiveEntities < 0)
            throw new ArgumentException($"MaxActiveEntities must not be negative (was {MaxActiveEntities}); use 0 for no limit.", nameof(MaxActiveEntities));
        if (BufferSizePerEntity < 1)
            throw new ArgumentException($"BufferSizePerEntity must be at least 1 (was {BufferSizePerEntity}).", nameof(BufferSizePerEntity));
        if (RememberEntitiesRetryInterval <= TimeSpan.Zero)
            throw new ArgumentException($"RememberEntitiesRetryInterval must be positive (was {RememberEntitiesRetryInterval}).", nameof(RememberEntitiesRetryInterval));
    }
}
