using ActorMoo.Runtime.Persistence;
using ActorMoo.TestKit;
using ActorMoo.TestKit.Persistence;

namespace ActorMoo.Runtime.Tests.Persistence.Actors;

/// <summary>The hook the world's transactions use: one atomic write for several actors, then each applies its part.</summary>
public sealed class PersistentActorExternalWriteTests : ActorTestKit
{
    private readonly InMemoryPersistence _persistence = new(TestContracts.CreateSerializer(), SnapshotPolicy.OnDemandOnly);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _persistence.DisposeAsync();
    }

    [Fact]
    public async Task ApplyPersisted_must_apply_the_actors_part_of_a_multi_entity_atomic_write()
    {
        var room = ActorOf(CounterActor.PropsFor("room", _persistence.Runtime, TestActor.Ref));
        var item = ActorOf(CounterActor.PropsFor("item", _persistence.Runtime, TestActor.Ref));
        await ExpectMsgAsync<Recovered>();
        await ExpectMsgAsync<Recovered>();

        var roomPart = new EntityWrite("room", 0, [new CounterIncremented(5)]);
        var itemPart = new EntityWrite("item", 0, [new CounterIncremented(7), new CounterNoted("moved")]);
        await _persistence.Journal.WriteAsync(new AtomicWrite([roomPart, itemPart]));
        room.Tell(new Commit(PersistedEvents.From(roomPart)), TestActor.Ref);
        item.Tell(new Commit(PersistedEvents.From(itemPart)), TestActor.Ref);
        var replies = await ReceiveNAsync(2);
        Assert.Contains(new Counted(true, 5, 1, ""), replies);
        Assert.Contains(new Counted(true, 7, 2, "moved"), replies);

        room.Tell(new Increment(1), TestActor.Ref);
        await ExpectMsgAsync(new Counted(true, 6, 2, ""));
    }

    [Fact]
    public async Task ApplyPersisted_must_restart_an_actor_whose_state_does_not_match_so_it_recovers_the_journal()
    {
        var counter = ActorOf(CounterActor.PropsFor("c", _persistence.Runtime, TestActor.Ref));
        await ExpectMsgAsync(new Recovered(0, 0));
        await _persistence.Journal.WriteAsync("c", 0, [new CounterIncremented(1), new CounterIncremented(2)]);

        // Claims to start at 2, but the actor is at 0: it missed event 1.
        counter.Tell(new Commit(new PersistedEvents("c", 2, [new CounterIncremented(2)])), TestActor.Ref);

        await ExpectMsgAsync(new Recovered(3, 2));
    }

    [Fact]
    public async Task ApplyPersisted_must_refuse_events_of_another_persistence_id()
    {
        var counter = ActorOf(CounterActor.PropsFor("c", _persistence.Runtime, TestActor.Ref));
        await ExpectMsgAsync(new Recovered(0, 0));

        counter.Tell(new Commit(new PersistedEvents("other", 1, [new CounterIncremented(9)])), TestActor.Ref);

        await ExpectMsgAsync(new Recovered(0, 0));
        counter.Tell(new GetValue(), TestActor.Ref);
        await ExpectMsgAsync(new Counted(true, 0, 0, ""));
    }
}
