using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Sharding;

namespace ActorMoo.Actors.World.Objects;

/// <summary>
/// Reloading: when the object's state in memory may miss what the journal holds (a commit whose write
/// outcome is unknown, or a reservation whose task vanished), the incarnation ends and the next one
/// recovers from the journal.
/// </summary>
/// <remarks>
/// It ends through the shard's passivation, not by stopping itself: a self-stop left a window in which
/// the shard still delivered to the stopping incarnation, and those messages (an <c>Install</c>, a
/// read) were lost. Passivating makes the shard buffer new messages for the next incarnation, and
/// whatever was already in this mailbox is sent back through the region to join them, because this
/// incarnation's state must not answer it.
/// </remarks>
public sealed partial class ObjectActor
{
    /// <summary>The stop message the shard sends back once it buffers this object's messages.</summary>
    private sealed record StopForReload
    {
        public static readonly StopForReload Instance = new();
    }

    private void ReloadFromJournal()
    {
        Context.Parent.Tell(new ShardRegion.Passivate(StopForReload.Instance), Self);
        var region = ClusterSharding.Get(Context.System).ShardRegion(WorldObjects.EntityTypeName);
        var entityId = _id.ToString();
        Become(() =>
        {
            Receive<StopForReload>(_ => Context.Stop(Self));
            ReceiveAny(message => region.Tell(new ShardingEnvelope(entityId, message), Sender));
        });
    }
}
