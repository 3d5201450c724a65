using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;
using ActorMoo.TestKit;
using ActorMoo.TestKit.Persistence;

namespace ActorMoo.Runtime.Tests.Persistence.Actors;

public sealed class PersistentActorPersistTests : ActorTestKit
{
    private readonly InMemoryPersistence _persistence = new(TestContracts.CreateSerializer(), SnapshotPolicy.OnDemandOnly);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _persistence.DisposeAsync();
    }

    private async Task<IActorRef> StartCounterAsync(string id = "c")
    {
        var counter = ActorOf(CounterActor.PropsFor(id, _persistence.Runtime, TestActor.Ref));
        await ExpectMsgAsync<Recovered>();
        return counter;
    }

    [Fact]
    public async Task Persist_must_apply_the_event_and_answer_only_after_the_write_is_durable()
    {
        var counter = await StartCounterAsync();
        var gate = _persistence.JournalStorage.Faults.HoldBatches();

        counter.Tell(new Increment(3), TestActor.Ref);
        counter.Tell(new GetValue(), TestActor.Ref);
        await AwaitConditionAsync(() => _persistence.JournalStorage.Faults.HeldBatches == 1);
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
        gate.Dispose();

        await ExpectMsgAsync(new Counted(true, 3, 1, ""));
        await ExpectMsgAsync(new Counted(true, 3, 1, ""));
        Assert.Equal(1, await _persistence.Journal.ReadHighestSequenceNrAsync("c"));
    }

    [Fact]
    public async Task Persist_must_store_what_the_next_incarnation_recovers()
    {
        var counter = await StartCounterAsync();
        counter.Tell(new Increment(1), TestActor.Ref);
        counter.Tell(new IncrementAndNote(2, "two"), TestActor.Ref);
        await ExpectMsgAsync(new Counted(true, 1, 1, ""));
        await ExpectMsgAsync(new Counted(true, 3, 3, "two"));

        await Sys.StopAsync(counter);
        ActorOf(CounterActor.PropsFor("c", _persistence.Runtime, TestActor.Ref));

        await ExpectMsgAsync(new Recovered(3, 3));
    }

    [Fact]
    public async Task PersistAll_must_store_the_events_atomically_and_apply_them_in_order()
    {
        var counter = await StartCounterAsync();

        counter.Tell(new IncrementAndNote(4, "four"), TestActor.Ref);

        await ExpectMsgAsync(new Counted(true, 4, 2, "four"));
        var stored = await _persistence.Journal.ReadEventsAsync("c").ToListAsync();
        Assert.Equal([new CounterIncremented(4), new CounterNoted("four")], stored.Select(e => e.Event));
        Assert.Single(stored.Select(e => e.Ordering - e.SequenceNr).Distinct());
    }

    [Fact]
    public async Task Persist_rejection_must_leave_the_state_unchanged_and_keep_the_actor_running()
    {
        var counter = await StartCounterAsync();

        counter.Tell(new PersistUnregistered(), TestActor.Ref);
        await ExpectMsgAsync(new Counted(false, 0, 0, ""));
        counter.Tell(new Increment(1), TestActor.Ref);

        await ExpectMsgAsync(new Counted(true, 1, 1, ""));
    }

    [Fact]
    public async Task Persist_failure_must_stop_the_actor()
    {
        var counter = Watch(await StartCounterAsync());
        _persistence.JournalStorage.Faults.FailNextBatches();

        counter.Tell(new Increment(1), TestActor.Ref);

        await ExpectMsgAsync(new Counted(false, 0, 0, ""));
        await ExpectTerminatedAsync(counter);
    }

    [Fact]
    public async Task Persist_conflict_must_stop_the_actor_so_that_its_next_incarnation_sees_the_other_write()
    {
        var counter = Watch(await StartCounterAsync());
        await _persistence.Journal.WriteAsync("c", 0, [new CounterIncremented(100)]);

        counter.Tell(new Increment(1), TestActor.Ref);
        await ExpectMsgAsync(new Counted(false, 0, 0, ""));
        await ExpectTerminatedAsync(counter);
        ActorOf(CounterActor.PropsFor("c", _persistence.Runtime, TestActor.Ref));

        await ExpectMsgAsync(new Recovered(100, 1));
    }
}
