using ActorMoo.Runtime.Persistence;
using ActorMoo.TestKit;
using ActorMoo.TestKit.Persistence;

namespace ActorMoo.Runtime.Tests.Persistence.Actors;

public sealed class PersistentActorSnapshotTests : ActorTestKit
{
    private readonly InMemoryPersistence _persistence = new(TestContracts.CreateSerializer(), SnapshotPolicy.OnDemandOnly);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _persistence.DisposeAsync();
    }

    [Fact]
    public async Task Snapshot_policy_must_save_every_n_events_and_keep_only_the_newest()
    {
        var counter = ActorOf(CounterActor.PropsFor("c", _persistence.Runtime, TestActor.Ref, new SnapshotPolicy(EveryEvents: 2, Keep: 2)));
        await ExpectMsgAsync<Recovered>();

        for (var i = 1; i <= 7; i++)
        {
            counter.Tell(new Increment(1), TestActor.Ref);
            await ExpectMsgAsync<Counted>(c => c.SequenceNr == i);
        }

        await AwaitAssertAsync(() => Assert.Equal([4L, 6L], _persistence.SnapshotStorage.SnapshotsOf("c").Select(s => s.SequenceNr)));
        var latest = (CounterState)(await _persistence.Runtime.Snapshots.LoadAsync("c"))!.State;
        Assert.Equal(6, latest.Value);
        Assert.Empty(latest.Notes);
    }

    [Fact]
    public async Task Snapshot_policy_must_delete_the_covered_events_when_configured()
    {
        var counter = ActorOf(CounterActor.PropsFor("c", _persistence.Runtime, TestActor.Ref, new SnapshotPolicy(EveryEvents: 2, DeleteEventsCovered: true)));
        await ExpectMsgAsync<Recovered>();

        counter.Tell(new Increment(1), TestActor.Ref);
        counter.Tell(new Increment(1), TestActor.Ref);
        counter.Tell(new Increment(1), TestActor.Ref);
        await ExpectMsgAsync<Counted>(c => c.SequenceNr == 1);
        await ExpectMsgAsync<Counted>(c => c.SequenceNr == 2);
        await ExpectMsgAsync<Counted>(c => c.SequenceNr == 3);

        await AwaitAssertAsync(async () => Assert.Equal([3L], await _persistence.Journal.ReadEventsAsync("c").Select(e => e.SequenceNr).ToListAsync()));
        Assert.Equal(3, await _persistence.Journal.ReadHighestSequenceNrAsync("c"));
    }

    [Fact]
    public async Task Snapshot_on_demand_must_be_what_the_next_recovery_starts_from()
    {
        var counter = ActorOf(CounterActor.PropsFor("c", _persistence.Runtime, TestActor.Ref));
        await ExpectMsgAsync<Recovered>();
        counter.Tell(new IncrementAndNote(6, "six"), TestActor.Ref);
        await ExpectMsgAsync<Counted>();
        counter.Tell(new TakeSnapshot(), TestActor.Ref);
        await ExpectMsgAsync(new Counted(true, 6, 2, "six"));

        await Sys.StopAsync(counter);
        // Without its events, only the snapshot can bring the state back.
        await _persistence.Journal.DeleteEventsToAsync("c", 2);
        ActorOf(CounterActor.PropsFor("c", _persistence.Runtime, TestActor.Ref));

        await ExpectMsgAsync(new Recovered(6, 2));
    }

    [Fact]
    public async Task Snapshot_policy_must_snapshot_after_a_recovery_that_replayed_a_long_history()
    {
        await _persistence.Journal.WriteAsync("c", 0, [.. Enumerable.Range(1, 5).Select(n => (object)new CounterIncremented(n))]);

        ActorOf(CounterActor.PropsFor("c", _persistence.Runtime, TestActor.Ref, new SnapshotPolicy(EveryEvents: 3)));

        await ExpectMsgAsync(new Recovered(15, 5));
        await AwaitAssertAsync(() => Assert.Equal([5L], _persistence.SnapshotStorage.SnapshotsOf("c").Select(s => s.SequenceNr)));
    }

    [Fact]
    public async Task Snapshot_cleanup_must_keep_a_snapshot_taken_again_at_the_same_sequence_number()
    {
        var counter = ActorOf(CounterActor.PropsFor("c", _persistence.Runtime, TestActor.Ref, new SnapshotPolicy(Keep: 1)));
        await ExpectMsgAsync<Recovered>();
        counter.Tell(new Increment(2), TestActor.Ref);
        await ExpectMsgAsync<Counted>();

        counter.Tell(new TakeSnapshot(), TestActor.Ref);
        counter.Tell(new TakeSnapshot(), TestActor.Ref);
        await ExpectMsgAsync(new Counted(true, 2, 1, ""));
        await ExpectMsgAsync(new Counted(true, 2, 1, ""));

        Assert.Equal([1L], _persistence.SnapshotStorage.SnapshotsOf("c").Select(s => s.SequenceNr));
    }

    [Fact]
    public async Task Snapshot_failure_must_not_disturb_the_actor()
    {
        _persistence.SnapshotStorage.FailSavesOf("c");
        var counter = ActorOf(CounterActor.PropsFor("c", _persistence.Runtime, TestActor.Ref, new SnapshotPolicy(EveryEvents: 1)));
        await ExpectMsgAsync<Recovered>();

        counter.Tell(new Increment(1), TestActor.Ref);
        counter.Tell(new Increment(1), TestActor.Ref);

        await ExpectMsgAsync(new Counted(true, 1, 1, ""));
        await ExpectMsgAsync(new Counted(true, 2, 2, ""));
        Assert.Empty(_persistence.SnapshotStorage.SnapshotsOf("c"));
    }
}
