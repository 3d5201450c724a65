using ActorMoo.Actors.World.Tasks;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Tasks;

/// <summary>
/// Replay in one process: with no suspension kept in memory, every wake replays the task from its
/// start; a log that does not match the verb fails the task with a clear message.
/// </summary>
public sealed class ReplayTests() : TaskTestKit(keepRunsUpTo: TimeSpan.Zero)
{
    [Fact]
    public async Task Task_woken_after_giving_up_its_run_must_continue_from_where_it_suspended()
    {
        await AddPropertiesAsync(Hall, ("total", 0));
        await AddVerbAsync(Hall, "sum", """
            local total = 0
            for round = 1, 3 do
              total = total + this.total + round
              notify(player, 'round ' .. round)
              suspend(1)
            end
            this.total = total
            notify(player, 'total ' .. total)
            """, Wizard);

        await RunAsync(Alice, Hall, "sum");
        for (var round = 1; round <= 3; round++)
        {
            await AwaitAssertAsync(() => Assert.Single(Queue.QueuedTasks()), Patience);
            Advance(TimeSpan.FromSeconds(1));
        }

        await ExpectTextAsync(Alice, "total 6");
        Assert.Equal(["round 1", "round 2", "round 3", "total 6"], Sink.TextFor(Alice));
        Assert.Equal(MooValue.Integer(6), await PropertyAsync(Hall, "total"));
    }

    [Fact]
    public async Task Task_whose_log_does_not_match_its_verb_must_fail_with_a_clear_message()
    {
        await AddPropertiesAsync(Hall, ("step", 0));
        await AddVerbAsync(Hall, "steps", "this.step = 1\nsuspend(10)\nthis.step = 2", Wizard);
        await RunAsync(Alice, Hall, "steps");
        var store = new TaskStore(Persistence.Journal);
        var (record, sequenceNr) = Assert.Single(await store.LoadWaitingAsync());
        var first = record.Log[0];
        Assert.Equal("set", first.Function);
        await store.SaveAsync(record with { Log = [first with { Args = [first.Args[0], "step", 99]  }, .. record.Log.Skip(1)] }, sequenceNr);
        await RestartAsync();

        Advance(TimeSpan.FromSeconds(10));

        await AwaitAssertAsync(() => Assert.Contains(Sink.TextFor(Alice), line => line.Contains("could not be brought back", StringComparison.Ordinal)
            && line.Contains("set(", StringComparison.Ordinal)), Patience);
        Assert.Equal(MooValue.Integer(1), await PropertyAsync(Hall, "step"));
        await AwaitAssertAsync(() => Assert.Empty(Queue.QueuedTasks()), Patience);
    }
}
