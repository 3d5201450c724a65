using ActorMoo.Actors.World.Tasks;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Tasks;

public sealed class SuspendTests : TaskTestKit
{
    [Fact]
    public async Task Suspend_must_commit_the_work_so_far_and_continue_in_a_new_transaction()
    {
        await AddPropertiesAsync(Hall, ("counter", 0));
        await AddVerbAsync(Hall, "peek", "return this.counter", Wizard);
        await AddVerbAsync(Hall, "slow", "this.counter = 1\nnotify(player, 'first')\nsuspend(5)\nthis.counter = this.counter + 10\nnotify(player, 'second')", Wizard);

        await RunAsync(Alice, Hall, "slow");

        Assert.Equal(["first"], Sink.TextFor(Alice));
        Assert.Equal(MooValue.Integer(1), await RunAsync(Bob, Hall, "peek"));
        Assert.Equal(TaskWaitKind.Suspended, Assert.Single(Queue.QueuedTasks()).Wait);
        await RunAsync(Bob, Hall, "bump");

        Advance(TimeSpan.FromSeconds(5));

        await ExpectTextAsync(Alice, "second");
        Assert.Equal(MooValue.Integer(12), await PropertyAsync(Hall, "counter"));
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await AddVerbAsync(Hall, "bump", "this.counter = this.counter + 1", Wizard);
    }

    [Fact]
    public async Task Suspend_without_a_delay_must_wait_until_resumed_and_return_the_value_given()
    {
        await AddVerbAsync(Hall, "wait", "notify(player, 'got ' .. tostring(suspend()))", Alice);
        await AddVerbAsync(Hall, "wake", "resume(args[1], 'news')", Alice);
        await RunAsync(Alice, Hall, "wait");
        var id = Assert.Single(Queue.QueuedTasks()).Id;
        Advance(TimeSpan.FromDays(2));
        Assert.Single(Queue.QueuedTasks());

        await RunAsync(Alice, Hall, "wake", id);

        await ExpectTextAsync(Alice, "got news");
    }

    [Fact]
    public async Task Each_transaction_of_a_suspending_task_must_get_a_budget_of_its_own()
    {
        // About 700,000 steps per loop: one fits the budget of 1,000,000, two do not.
        const string Loop = "for i = 1, 700000 do end";
        await AddVerbAsync(Hall, "split", $"{Loop}\nsuspend(0)\n{Loop}\nnotify(player, 'finished')", Wizard);
        await AddVerbAsync(Hall, "whole", $"{Loop}\n{Loop}\nnotify(player, 'finished')", Wizard);

        var message = await RunFailingAsync(Alice, Hall, "whole");
        await RunAsync(Alice, Hall, "split");

        Assert.Contains("steps", message, StringComparison.Ordinal);
        await ExpectTextAsync(Alice, "finished");
    }

    [Fact]
    public async Task Suspend_with_an_invalid_delay_must_raise_an_error_the_verb_can_catch()
    {
        await AddVerbAsync(Hall, "odd", "local ok, message = pcall(suspend, -1)\nreturn message", Wizard);

        var message = (await RunAsync(Alice, Hall, "odd")).AsString();

        Assert.Contains("Invalid argument", message, StringComparison.Ordinal);
        Assert.Empty(Queue.QueuedTasks());
    }
}
