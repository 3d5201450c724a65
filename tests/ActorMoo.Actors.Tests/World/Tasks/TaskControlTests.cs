using ActorMoo.Actors.World.Tasks;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Tasks;

/// <summary><c>queued_tasks()</c> and <c>kill_task()</c>.</summary>
public sealed class TaskControlTests : TaskTestKit
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await AddVerbAsync(Hall, "nap", "suspend(100)\nnotify(player, 'woke')", Alice);
        await AddVerbAsync(Hall, "kill", "kill_task(args[1])", Alice);
        await AddVerbAsync(Kitchen, "kill", "kill_task(args[1])", Bob);
        await AddVerbAsync(Kitchen, "list", "local ids = {}\nfor _, t in ipairs(queued_tasks()) do ids[#ids + 1] = t.id end\nreturn ids", Bob);
    }

    [Fact]
    public async Task Queued_tasks_must_list_the_callers_waiting_tasks_and_a_wizards_must_list_all()
    {
        await AddVerbAsync(Hall, "list", "return queued_tasks()", Alice);
        await AddVerbAsync(Hall, "all", "return #queued_tasks()", Wizard);
        await RunAsync(Alice, Hall, "nap");

        var mine = Assert.Single((await RunAsync(Alice, Hall, "list")).AsList());
        var others = await RunAsync(Bob, Kitchen, "list");
        var all = await RunAsync(Wizard, Hall, "all");

        var id = Assert.Single(Queue.QueuedTasks()).Id;
        var info = mine.AsMap();
        Assert.Equal(MooValue.Integer(id), info[MooValue.String("id")]);
        Assert.Equal(MooValue.String("suspended"), info[MooValue.String("kind")]);
        Assert.Equal(MooValue.String("nap"), info[MooValue.String("verb")]);
        Assert.Equal(MooValue.Object(Alice), info[MooValue.String("owner")]);
        Assert.Equal((Clock.GetUtcNow() + TimeSpan.FromSeconds(100)).ToUnixTimeSeconds(), info[MooValue.String("wake_time")].AsInteger());
        Assert.Empty(others.AsList());
        Assert.Equal(1, all.AsInteger());
    }

    [Fact]
    public async Task Kill_task_by_its_owner_must_remove_a_suspended_task_for_good()
    {
        await RunAsync(Alice, Hall, "nap");
        var id = Assert.Single(Queue.QueuedTasks()).Id;

        await RunAsync(Alice, Hall, "kill", id);

        Assert.Empty(Queue.QueuedTasks());
        Advance(TimeSpan.FromMinutes(5));
        await RestartAsync();
        Assert.Empty(Queue.QueuedTasks());
        Assert.DoesNotContain("woke", Sink.TextFor(Alice));
    }

    [Fact]
    public async Task Kill_task_by_someone_else_must_be_refused()
    {
        await RunAsync(Alice, Hall, "nap");
        var id = Assert.Single(Queue.QueuedTasks()).Id;

        var message = await RunFailingAsync(Bob, Kitchen, "kill", id);

        Assert.Contains("Permission denied", message, StringComparison.Ordinal);
        Assert.Single(Queue.QueuedTasks());
    }

    [Fact]
    public async Task Kill_task_of_a_queued_fork_by_a_wizard_must_keep_it_from_running()
    {
        await AddVerbAsync(Hall, "later", "return fork(30, function() notify(player, 'forked') end)", Alice);
        await AddVerbAsync(System, "kill", "kill_task(args[1])", Wizard);
        var id = (await RunAsync(Alice, Hall, "later")).AsInteger();

        await RunAsync(Wizard, System, "kill", id);
        Advance(TimeSpan.FromMinutes(1));

        Assert.Empty(Queue.QueuedTasks());
        await RunAsync(Alice, Hall, "accept");
        Assert.DoesNotContain("forked", Sink.TextFor(Alice));
    }

    [Fact]
    public async Task Kill_task_of_a_task_that_does_not_wait_must_raise_invalid_argument()
    {
        var message = await RunFailingAsync(Alice, Hall, "kill", 123456);

        Assert.Contains("no waiting task 123456", message, StringComparison.Ordinal);
    }
}
