namespace ActorMoo.Runtime.Sharding;

/// <summary>
/// Messages between a region and its shards, and a shard's messages to itself. Plain immutable
/// records with ids only, so that they can cross nodes once shards are remote.
/// </summary>
internal static class ShardProtocol
{
    /// <summary>Region → shard: how many entities this shard may keep active (its share of the
    /// node's <see cref="ShardingSettings.MaxActiveEntities"/>); 0 for no limit.</summary>
    public sealed record SetActiveEntityLimit(int Limit);

    /// <summary>Region → shard: stop every entity (keeping remembered ones remembered), then stop.</summary>
    public sealed record HandOff
    {
        public static HandOff Instance { get; } = new();
    }

    /// <summary>Region → shard: reply with a <see cref="ShardStats"/>.</summary>
    public sealed record GetShardStats
    {
        public static GetShardStats Instance { get; } = new();
    }

    /// <summary>Shard → region: how many entities the shard hosts.</summary>
    public sealed record ShardStats(int ShardId, int EntityCount);

    /// <summary>Region → shard: reply with a <see cref="ShardRegion.ShardState"/>.</summary>
    public sealed record GetShardState
    {
        public static GetShardState Instance { get; } = new();
    }

    /// <summary>Shard → itself, periodically: passivate entities idle for longer than the timeout.</summary>
    public sealed record IdleSweep
    {
        public static IdleSweep Instance { get; } = new();
    }

    /// <summary>Shard → itself: remember-entities write <paramref name="WriteId"/> completed (Failure null) or failed.</summary>
    public sealed record RememberWriteCompleted(long WriteId, Exception? Failure);

    /// <summary>Shard → itself: time to retry the failed remember-entities write.</summary>
    public sealed record RetryRememberWrite
    {
        public static RetryRememberWrite Instance { get; } = new();
    }
}
