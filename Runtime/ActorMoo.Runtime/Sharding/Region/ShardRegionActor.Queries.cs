using ActorMoo.Runtime.Core;

namespace ActorMoo.Runtime.Sharding;

/// <summary>Statistics and state queries: answered by a short-lived collector that asks every shard,
/// so that the region keeps routing meanwhile.</summary>
internal sealed partial class ShardRegionActor
{
    private void QueryShards(object query, Func<IReadOnlyList<object>, object> combine)
    {
        var shards = _shards.OfType<IActorRef>().ToArray();
        Context.ActorOf(ShardQueryCollector.PropsFor(shards, query, Sender, combine));
    }

    private static object CombineStats(IReadOnlyList<object> replies) =>
        new ShardRegion.ShardRegionStats(replies.OfType<ShardProtocol.ShardStats>().ToDictionary(s => s.ShardId, s => s.EntityCount));

    private static object CombineState(IReadOnlyList<object> replies) =>
        new ShardRegion.CurrentShardRegionState(replies.OfType<ShardRegion.ShardState>().OrderBy(s => s.ShardId).ToArray());
}
