using ActorMoo.Runtime.Core;
using ActorMoo.TestKit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ActorMoo.TestKit.Tests;

public sealed class ActorTestKitTests(ITestOutputHelper output) : ActorTestKit(output)
{
    private sealed record Remind(string Text, TimeSpan After);

    private sealed record Boom;

    /// <summary>Sends a reminder to the requester after a delay, using actor timers.</summary>
    private sealed class Reminder : Actor
    {
        public Reminder()
        {
            Receive<Remind>(r =>
            {
                Timers.StartSingleTimer(r.Text, (r.Text, Sender), r.After);
                Sender.Tell("scheduled", Self);
            });
            Receive<(string Text, IActorRef To)>(t => t.To.Tell(t.Text, Self));
            Receive<Boom>(_ => throw new InvalidOperationException("boom"));
        }
    }

    private sealed class Stuck : Actor
    {
        public Stuck() => ReceiveAsync<string>(_ => new TaskCompletionSource().Task);
    }

    [Fact]
    public async Task Virtual_time_must_drive_actor_timers()
    {
        var reminder = ActorOf(Props.Create<Reminder>());
        reminder.Tell(new Remind("tea", TimeSpan.FromMinutes(5)), TestActor.Ref);
        await ExpectMsgAsync("scheduled");

        await ExpectNoMsgAsync();
        Advance(TimeSpan.FromMinutes(5));

        await ExpectMsgAsync("tea");
    }

    [Fact]
    public async Task Supervision_failures_must_be_captured_as_logged_errors()
    {
        var reminder = ActorOf(Props.Create<Reminder>(), "fragile");
        reminder.Tell(new Boom());

        var entry = await ExpectErrorLoggedAsync<InvalidOperationException>(e => e.Message == "boom");

        Assert.Contains("/user/fragile", entry.Message);
    }

    [Fact]
    public async Task Within_must_fail_a_block_that_takes_longer_and_cap_expectations_inside_it()
    {
        // The expectation inside waits at most the block's 100 ms instead of its default 10 s.
        var error = await Assert.ThrowsAsync<XunitException>(() =>
            WithinAsync(TimeSpan.FromMilliseconds(100), () => ExpectMsgAsync<string>()));

        Assert.Contains("no message arrived", error.Message);
    }

    [Fact]
    public async Task Within_must_return_the_result_of_a_block_that_finishes_in_time()
    {
        TestActor.Ref.Tell("quick");

        var result = await WithinAsync(TimeSpan.FromSeconds(30), () => ExpectMsgAsync<string>());

        Assert.Equal("quick", result);
    }

    [Fact]
    public async Task AwaitAssert_and_AwaitCondition_must_wait_for_the_actor_system_to_catch_up()
    {
        var reminder = ActorOf(Props.Create<Reminder>());
        Watch(reminder);

        reminder.Tell(PoisonPill.Instance);

        await ExpectTerminatedAsync(reminder);
        reminder.Tell("after stop");
        await AwaitConditionAsync(() => Sys.DeadLetters.Count == 1);
        await AwaitAssertAsync(() => Assert.Equal("after stop", Assert.Single(DeadLetters.Letters).Message));
    }

    [Fact]
    public async Task Disposal_must_fail_when_the_system_cannot_terminate()
    {
        var kit = new StandaloneKit(new TestKitOptions { ShutdownTimeout = TimeSpan.FromMilliseconds(300) });
        kit.ActorOf(Props.Create<Stuck>()).Tell("hold the mailbox forever");
        await Task.Delay(50);

        var error = await Assert.ThrowsAsync<XunitException>(kit.DisposeAsync);

        Assert.Contains("did not terminate", error.Message);
    }

    [Fact]
    public async Task Real_time_kits_must_refuse_to_advance_the_virtual_clock()
    {
        var kit = new StandaloneKit(new TestKitOptions { UseVirtualTime = false });

        Assert.Same(TimeProvider.System, kit.Sys.TimeProvider);
        Assert.Throws<InvalidOperationException>(() => kit.Advance(TimeSpan.FromSeconds(1)));
        await kit.DisposeAsync();
    }

    private sealed class StandaloneKit(TestKitOptions options) : ActorTestKit(options: options);
}
