using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Sharding;

namespace ActorMoo.Runtime.Tests.Sharding;

/// <summary>What the sharding tests send to entities and hear back from them.</summary>
internal static class TestEntityProtocol
{
    /// <summary>Entity → observer: an incarnation started (also after a restart).</summary>
    public sealed record Started(string EntityId, IActorRef Entity);

    /// <summary>Entity → observer: an incarnation stopped.</summary>
    public sealed record Stopped(string EntityId, IActorRef Entity);

    /// <summary>Answered with <see cref="Echoed"/>.</summary>
    public sealed record Echo(object Payload);

    /// <summary>The answer to <see cref="Echo"/>: which incarnation answered and how many Echos it has seen.</summary>
    public sealed record Echoed(string EntityId, object Payload, IActorRef Entity, int Count);

    /// <summary>Makes the entity throw.</summary>
    public sealed record Crash;

    /// <summary>Makes the entity ask its shard to passivate it with <paramref name="StopMessage"/>.</summary>
    public sealed record RequestPassivation(object StopMessage);

    /// <summary>A stop message: the entity tells the observer it is stopping, waits for
    /// <paramref name="Release"/>, then stops — so a test can send messages while it passivates.</summary>
    public sealed record SlowStop(Task Release);

    /// <summary>Entity → observer: a <see cref="SlowStop"/> is being handled.</summary>
    public sealed record Stopping(string EntityId);
}

/// <summary>
/// The entity of the sharding tests: reports its lifecycle to an observer, echoes, crashes and
/// passivates on request. Its id comes from its reference, so all entities share one Props.
/// </summary>
internal sealed class TestEntity : Actor
{
    private readonly IActorRef _observer;
    private readonly string _id;
    private int _count;

    public TestEntity(IActorRef observer)
    {
        _observer = observer;
        _id = ShardRegion.EntityIdOf(Self);
        Receive<TestEntityProtocol.Echo>(e => Sender.Tell(new TestEntityProtocol.Echoed(_id, e.Payload, Self, ++_count), Self));
        Receive<TestEntityProtocol.Crash>(_ => throw new InvalidOperationException($"entity {_id} crashed on request"));
        Receive<TestEntityProtocol.RequestPassivation>(r => Context.Parent.Tell(new ShardRegion.Passivate(r.StopMessage), Self));
        ReceiveAsync<TestEntityProtocol.SlowStop>(async s =>
        {
            _observer.Tell(new TestEntityProtocol.Stopping(_id), Self);
            await s.Release;
            Context.Stop(Self);
        });
    }

    /// <summary>Props for every entity of a region whose lifecycle <paramref name="observer"/> watches.</summary>
    public static Props PropsFor(IActorRef observer) => Props.Create(() => new TestEntity(observer));

    protected override void PreStart() => _observer.Tell(new TestEntityProtocol.Started(_id, Self), Self);

    protected override void PostStop() => _observer.Tell(new TestEntityProtocol.Stopped(_id, Self), Self);
}
