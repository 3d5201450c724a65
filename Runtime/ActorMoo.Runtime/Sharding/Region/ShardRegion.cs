using ActorMoo.Runtime.Core;

namespace ActorMoo.Runtime.Sharding;

/// <summary>
/// The protocol of shard regions and their entities. A region is started with
/// <see cref="ClusterSharding.Start"/>; send it entity messages (e.g. <see cref="ShardingEnvelope"/>s)
/// and the messages declared here. Entities send <see cref="Passivate"/> to their parent.
/// </summary>
public static class ShardRegion
{
    /// <summary>
    /// Sent by an entity to its parent (<c>Context.Parent</c>, the shard) to be stopped while idle.
    /// The shard stops delivering, sends <paramref name="StopMessage"/> to the entity (which must
    /// then stop itself; <see cref="PoisonPill"/> does), and buffers messages that arrive meanwhile
    /// for the entity's next incarnation, so none is lost.
    /// </summary>
    /// <param name="StopMessage">What the entity receives last, after every message already delivered to it.</param>
    public sealed record Passivate(object StopMessage);

    /// <summary>
    /// Stops the region gently: every entity receives its stop message after the messages already
    /// delivered to it, remembered entities stay remembered, and the region stops once all of them
    /// have. Messages that arrive meanwhile become dead letters. The coordinated shutdown sends
    /// this to every region in its sharding phase.
    /// </summary>
    public sealed record GracefulShutdown
    {
        /// <summary>The single instance; the message carries no data.</summary>
        public static GracefulShutdown Instance { get; } = new();

        private GracefulShutdown()
        {
        }
    }

    /// <summary>Asks a region for its <see cref="ShardRegionStats"/>.</summary>
    public sealed record GetShardRegionStats
    {
        /// <summary>The single instance; the message carries no data.</summary>
        public static GetShardRegionStats Instance { get; } = new();

        private GetShardRegionStats()
        {
        }
    }

    /// <summary>The number of entities each started shard of the region hosts (running, starting or passivating).</summary>
    /// <param name="Stats">Entity count by shard id.</param>
    public sealed record ShardRegionStats(IReadOnlyDictionary<int, int> Stats)
    {
        /// <summary>Entities hosted by all shards of the region.</summary>
        public int TotalEntities => Stats.Values.Sum();
    }

    /// <summary>Asks a region for its <see cref="CurrentShardRegionState"/> (every entity id: for tests and the admin, not hot paths).</summary>
    public sealed record GetShardRegionState
    {
        /// <summary>The single instance; the message carries no data.</summary>
        public static GetShardRegionState Instance { get; } = new();

        private GetShardRegionState()
        {
        }
    }

    /// <summary>The entities of every started shard of the region, ordered by shard id.</summary>
    /// <param name="Shards">One entry per started shard.</param>
    public sealed record CurrentShardRegionState(IReadOnlyList<ShardState> Shards);

    /// <summary>The entities one shard hosts (running, starting or passivating).</summary>
    /// <param name="ShardId">The shard.</param>
    /// <param name="EntityIds">Its entities' ids, in no particular order.</param>
    public sealed record ShardState(int ShardId, IReadOnlyList<string> EntityIds);

    /// <summary>
    /// The entity id of a sharded entity, from its reference: inside an entity,
    /// <c>ShardRegion.EntityIdOf(Self)</c>. Lets all entities of a type share one <see cref="Props"/>
    /// instead of capturing their id in a Props each, which saves memory per entity.
    /// </summary>
    /// <exception cref="FormatException">The reference is not a sharded entity's.</exception>
    public static string EntityIdOf(IActorRef entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return EntityName.Decode(entity.Path.Name);
    }
}
