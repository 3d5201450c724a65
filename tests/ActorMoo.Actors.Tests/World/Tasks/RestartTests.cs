using ActorMoo.Actors.World.Tasks;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Tasks;

/// <summary>Waiting tasks are saved and come back, by replay, in a new world over the same journal.</summary>
public sealed class RestartTests : TaskTestKit
{
    [Fact]
    public async Task Forks_and_suspended_tasks_must_survive_a_restart_and_complete_afterwards()
    {
        await AddPropertiesAsync(Hall, ("base", 20), ("forked", 0), ("step", 0), ("after", 0));
        await AddVerbAsync(Hall, "work", """
            local base = this.base
            notify(player, 'starting')
            fork(60, function() this.forked = base + 1 end)
            this.step = 1
            suspend(120)
            this.step = this.step + 10
            this.after = base * 2
            notify(player, 'finished')
            """, Wizard);
        await RunAsync(Alice, Hall, "work");
        Assert.Equal(MooValue.Integer(1), await PropertyAsync(Hall, "step"));

        Assert.Equal(2, await RestartAsync());

        Assert.Equal([TaskWaitKind.Suspended, TaskWaitKind.Forked], Queue.QueuedTasks().Select(t => t.Wait));
        Advance(TimeSpan.FromSeconds(60));
        await ExpectPropertyAsync(Hall, "forked", 21);
        Assert.Equal(MooValue.Integer(1), await PropertyAsync(Hall, "step"));
        Advance(TimeSpan.FromSeconds(60));
        await ExpectTextAsync(Alice, "finished");
        Assert.Equal(MooValue.Integer(11), await PropertyAsync(Hall, "step"));
        Assert.Equal(MooValue.Integer(40), await PropertyAsync(Hall, "after"));
        // Replay reached the suspension without doing again what it had done: one 'starting' only.
        Assert.Single(Sink.TextFor(Alice), "starting");
        Assert.Empty(Queue.QueuedTasks());
    }

    [Fact]
    public async Task Short_suspension_kept_in_memory_must_be_saved_when_the_world_stops_and_come_back()
    {
        await AddVerbAsync(Hall, "brief", "suspend(30)\nnotify(player, 'back')", Alice);
        await RunAsync(Alice, Hall, "brief");
        Assert.Empty(await new TaskStore(Persistence.Journal).LoadWaitingAsync());

        Assert.Equal(1, await RestartAsync());
        Advance(TimeSpan.FromSeconds(30));

        await ExpectTextAsync(Alice, "back");
    }

    [Fact]
    public async Task Task_reading_a_line_must_survive_a_restart_and_take_the_next_line()
    {
        await AddVerbAsync(Hall, "ask", "local first = read()\nlocal second = read()\nnotify(player, first .. ' and ' .. second)", Alice);
        await RunAsync(Alice, Hall, "ask");
        Assert.True(Queue.TryDeliverInput(Alice, "salt"));
        await AwaitAssertAsync(() => Assert.Equal(TaskWaitKind.Reading, Assert.Single(Queue.QueuedTasks()).Wait), Patience);

        Assert.Equal(1, await RestartAsync());

        Assert.True(Queue.TryDeliverInput(Alice, "pepper"));
        await ExpectTextAsync(Alice, "salt and pepper");
    }

    [Fact]
    public async Task Task_must_see_the_same_time_and_random_numbers_when_it_is_replayed()
    {
        await AddPropertiesAsync(Hall, ("seen", ""));
        await AddVerbAsync(Hall, "dice", """
            local roll, now = math.random(1, 1000000000), os.time()
            notify(player, 'rolled ' .. roll .. ' at ' .. now)
            suspend(3600)
            this.seen = 'rolled ' .. roll .. ' at ' .. now
            """, Wizard);
        await RunAsync(Alice, Hall, "dice");
        var told = Assert.Single(Sink.TextFor(Alice));

        await RestartAsync();
        Advance(TimeSpan.FromHours(1));

        await ExpectPropertyAsync(Hall, "seen", told);
    }

    [Fact]
    public async Task Task_ids_must_not_be_reused_after_a_restart()
    {
        await AddVerbAsync(Hall, "id", "return task_id()", Alice);
        var before = (await RunAsync(Alice, Hall, "id")).AsInteger();

        await RestartAsync();

        Assert.True((await RunAsync(Alice, Hall, "id")).AsInteger() > before);
    }
}
