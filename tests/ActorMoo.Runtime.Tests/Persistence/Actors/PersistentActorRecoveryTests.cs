using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;
using ActorMoo.TestKit;
using ActorMoo.TestKit.Persistence;

namespace ActorMoo.Runtime.Tests.Persistence.Actors;

public sealed class PersistentActorRecoveryTests : ActorTestKit
{
    private readonly InMemoryPersistence _persistence = new(TestContracts.CreateSerializer(), SnapshotPolicy.OnDemandOnly);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _persistence.DisposeAsync();
    }

    [Fact]
    public async Task Recovery_must_replay_the_journal_into_the_state_before_the_first_command()
    {
        await _persistence.Journal.WriteAsync("c", 0, [new CounterIncremented(2), new CounterNoted("x"), new CounterIncremented(3)]);

        var counter = ActorOf(CounterActor.PropsFor("c", _persistence.Runtime, TestActor.Ref));

        await ExpectMsgAsync(new Recovered(5, 3));
        counter.Tell(new GetValue(), TestActor.Ref);
        await ExpectMsgAsync(new Counted(true, 5, 3, "x"));
    }

    [Fact]
    public async Task Recovery_must_start_from_the_latest_snapshot_and_replay_only_the_later_events()
    {
        await _persistence.Journal.WriteAsync("c", 0, [new CounterIncremented(1), new CounterIncremented(1), new CounterIncremented(10), new CounterIncremented(10)]);
        await _persistence.Runtime.Snapshots.SaveAsync("c", 2, new CounterState(100, ["snap"]));

        ActorOf(CounterActor.PropsFor("c", _persistence.Runtime, TestActor.Ref));

        // 100 from the snapshot at 2, plus events 3 and 4 only.
        await ExpectMsgAsync(new Recovered(120, 4));
    }

    [Fact]
    public async Task Recovery_must_hold_back_commands_sent_during_recovery_until_it_completes()
    {
        await _persistence.Journal.WriteAsync("c", 0, [new CounterIncremented(5)]);
        var reads = _persistence.JournalStorage.Faults.HoldReads();

        var counter = ActorOf(CounterActor.PropsFor("c", _persistence.Runtime));
        counter.Tell(new Increment(1), TestActor.Ref);
        counter.Tell(new GetValue(), TestActor.Ref);
        await AwaitConditionAsync(() => _persistence.JournalStorage.Faults.HeldReads > 0);
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
        reads.Dispose();

        await ExpectMsgAsync(new Counted(true, 6, 2, ""));
        await ExpectMsgAsync(new Counted(true, 6, 2, ""));
    }

    [Fact]
    public async Task Recovery_must_continue_after_the_highest_sequence_number_when_the_events_were_deleted()
    {
        await _persistence.Journal.WriteAsync("c", 0, [new CounterIncremented(1), new CounterIncremented(1)]);
        await _persistence.Journal.DeleteEventsToAsync("c", 2);

        var counter = ActorOf(CounterActor.PropsFor("c", _persistence.Runtime, TestActor.Ref));
        await ExpectMsgAsync(new Recovered(0, 2));
        counter.Tell(new Increment(4), TestActor.Ref);

        await ExpectMsgAsync(new Counted(true, 4, 3, ""));
    }

    [Fact]
    public async Task Recovery_failure_must_stop_the_actor_under_the_default_strategy()
    {
        _persistence.JournalStorage.Faults.FailReadsOf("c");

        var counter = Watch(ActorOf(CounterActor.PropsFor("c", _persistence.Runtime, TestActor.Ref)));

        await ExpectTerminatedAsync(counter);
        await ExpectErrorLoggedAsync<InjectedFaultException>();
    }

    [Fact]
    public async Task Recovery_failure_must_restart_the_actor_after_a_backoff_under_the_persistence_strategy()
    {
        _persistence.JournalStorage.Faults.FailReadsOf("c");
        await _persistence.Journal.WriteAsync("c", 0, [new CounterIncremented(7)]);
        var backoff = new RestartBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

        ActorOf(Props.Create(() => new BackoffParent(CounterActor.PropsFor("c", _persistence.Runtime, TestActor.Ref), backoff)));
        await ExpectErrorLoggedAsync<InjectedFaultException>();
        _persistence.JournalStorage.Faults.Clear();
        // The restart waits for the backoff on the virtual clock; nothing recovers until it moves.
        await AwaitConditionAsync(() => Clock.ActiveTimerCount > 0, message: "the supervisor should schedule the restart");
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
        Advance(TimeSpan.FromSeconds(1));

        await ExpectMsgAsync(new Recovered(7, 1));
    }

    /// <summary>A parent that restarts its persistent child with backoff when recovery fails, as a shard would.</summary>
    private sealed class BackoffParent : Actor
    {
        private readonly SupervisorStrategy _strategy;

        public BackoffParent(Props child, RestartBackoff backoff)
        {
            _strategy = PersistenceSupervision.RestartWithBackoff(backoff);
            Context.ActorOf(child, "child");
        }

        protected override SupervisorStrategy SupervisorStrategy => _strategy;
    }
}
