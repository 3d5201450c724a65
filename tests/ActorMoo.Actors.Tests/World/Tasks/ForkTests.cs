using ActorMoo.Actors.World.Tasks;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Tasks;

public sealed class ForkTests : TaskTestKit
{
    [Fact]
    public async Task Fork_must_run_its_function_after_the_delay_once_the_parent_committed()
    {
        await AddVerbAsync(Hall, "later", "fork(10, function() notify(player, 'forked') end)\nnotify(player, 'parent')", Wizard);

        await RunAsync(Alice, Hall, "later");

        Assert.Contains("parent", Sink.TextFor(Alice));
        var queued = Assert.Single(Queue.QueuedTasks());
        Assert.Equal(TaskWaitKind.Forked, queued.Wait);
        Advance(TimeSpan.FromSeconds(9));
        Assert.Single(Queue.QueuedTasks());
        Assert.DoesNotContain("forked", Sink.TextFor(Alice));

        Advance(TimeSpan.FromSeconds(1));

        await ExpectTextAsync(Alice, "forked");
        await AwaitAssertAsync(() => Assert.Empty(Queue.QueuedTasks()), Patience);
    }

    [Fact]
    public async Task Fork_of_a_task_that_aborts_must_never_run()
    {
        await AddVerbAsync(Hall, "doomed", "fork(0, function() notify(player, 'forked') end)\nerror('boom')", Wizard);

        var message = await RunFailingAsync(Alice, Hall, "doomed");

        Assert.Contains("boom", message, StringComparison.Ordinal);
        Assert.Empty(Queue.QueuedTasks());
        Advance(TimeSpan.FromMinutes(1));
        await RunAsync(Alice, Hall, "accept");
        Assert.DoesNotContain("forked", Sink.TextFor(Alice));
    }

    [Fact]
    public async Task Fork_must_return_the_new_tasks_id_and_the_function_must_see_the_variables_as_they_were()
    {
        await AddVerbAsync(Hall, "count", """
            local n = 41
            local id = fork(0, function() notify(player, 'child ' .. (n + 1) .. ' in task ' .. task_id()) end)
            n = 1000
            return id
            """, Wizard);

        var id = (await RunAsync(Alice, Hall, "count")).AsInteger();

        await ExpectTextAsync(Alice, $"child 42 in task {id}");
    }

    [Fact]
    public async Task Forked_function_that_raises_must_undo_its_own_work_and_tell_the_player()
    {
        await AddPropertiesAsync(Hall, ("mark", 0));
        await AddVerbAsync(Hall, "risky", "fork(0, function() this.mark = 1\nerror('the fork broke') end)", Wizard);

        await RunAsync(Alice, Hall, "risky");

        await AwaitAssertAsync(() => Assert.Contains(Sink.TextFor(Alice), line => line.Contains("the fork broke", StringComparison.Ordinal)), Patience);
        Assert.Equal(MooValue.Integer(0), await PropertyAsync(Hall, "mark"));
    }
}
