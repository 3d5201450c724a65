using ActorMoo.Runtime.Core;
using ActorMoo.TestKit;

namespace ActorMoo.Runtime.Tests.Core.Ask;

/// <summary>The shared timer behind every Ask's timeout, driven by the TestKit's manual clock.</summary>
public sealed class AskDeadlinesTests : ActorTestKit
{
    private sealed record Ping(int N);

    private sealed class Echo : Actor
    {
        public Echo() => ReceiveAny(m => Sender.Tell(m, Self));
    }

    [Fact]
    public async Task Asks_with_different_timeouts_must_each_time_out_at_their_own_deadline()
    {
        // The longest first, so each shorter one has to re-arm the shared timer earlier.
        var third = TestActor.Ref.Ask<Ping>(new Ping(3), TimeSpan.FromSeconds(3));
        var first = TestActor.Ref.Ask<Ping>(new Ping(1), TimeSpan.FromSeconds(1));
        var second = TestActor.Ref.Ask<Ping>(new Ping(2), TimeSpan.FromSeconds(2));
        Assert.Equal(1, Clock.ActiveTimerCount);

        Advance(TimeSpan.FromSeconds(1));
        Assert.True(first.IsFaulted);
        Assert.False(second.IsCompleted);
        Advance(TimeSpan.FromSeconds(1));
        Assert.True(second.IsFaulted);
        Assert.False(third.IsCompleted);
        Advance(TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<AskTimeoutException>(() => third);
        Assert.Equal(TimeSpan.FromSeconds(3), error.Timeout);
        Assert.Equal(0, Sys.AskDeadlines.Outstanding);
        Assert.Equal(0, Clock.ActiveTimerCount);
    }

    [Fact]
    public async Task A_deadline_must_be_rounded_up_to_the_resolution_and_no_further()
    {
        Advance(AskDeadlines.Resolution / 2);
        var asking = TestActor.Ref.Ask<Ping>(new Ping(1), TimeSpan.FromSeconds(1));

        Advance(TimeSpan.FromSeconds(1));
        Assert.False(asking.IsCompleted);
        Advance(AskDeadlines.Resolution / 2);

        await Assert.ThrowsAsync<AskTimeoutException>(() => asking);
    }

    [Fact]
    public async Task An_ask_longer_than_the_timers_longest_wait_must_time_out_at_its_deadline()
    {
        var asking = TestActor.Ref.Ask<Ping>(new Ping(1), TimeSpan.FromDays(100));

        Advance(TimeSpan.FromDays(99));
        Assert.False(asking.IsCompleted);
        Assert.Equal(1, Sys.AskDeadlines.Outstanding);
        Advance(TimeSpan.FromDays(1));

        await Assert.ThrowsAsync<AskTimeoutException>(() => asking);
    }

    [Fact]
    public async Task A_completed_ask_must_leave_the_timer_idle_once_its_deadline_has_passed()
    {
        var echo = ActorOf(Props.Create(() => new Echo()));
        Assert.Equal(new Ping(1), await echo.Ask<Ping>(new Ping(1), TimeSpan.FromSeconds(5)));
        Assert.Equal(0, Sys.AskDeadlines.Outstanding);

        // The timer is not disarmed on every reply (that would cost a timer operation per Ask);
        // it finds nothing to do at the deadline and stays idle from then on.
        Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(0, Clock.ActiveTimerCount);
        Assert.Empty(DeadLetters.Letters);
    }

    [Fact]
    public async Task A_reply_that_beats_the_timeout_must_win_and_the_timeout_must_not_fire_later()
    {
        var asking = TestActor.Ref.Ask<Ping>(new Ping(1), TimeSpan.FromSeconds(1));
        await ExpectMsgAsync<Ping>();
        LastSender.Tell(new Ping(2));
        Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(new Ping(2), await asking);
        Assert.Empty(DeadLetters.Letters);
    }

    [Fact]
    public async Task Cancelling_after_the_reply_must_not_change_the_outcome()
    {
        using var cancellation = new CancellationTokenSource();
        var echo = ActorOf(Props.Create(() => new Echo()));
        var answer = await echo.Ask<Ping>(new Ping(7), TimeSpan.FromSeconds(5), cancellation.Token);

        await cancellation.CancelAsync();

        Assert.Equal(new Ping(7), answer);
        Assert.Equal(0, Sys.AskDeadlines.Outstanding);
    }

    [Fact]
    public async Task Concurrent_asks_from_many_threads_must_all_be_answered_and_forgotten()
    {
        var echo = ActorOf(Props.Create(() => new Echo()));
        var callers = Enumerable.Range(0, 8).Select(caller => Task.Run(async () =>
        {
            for (var i = 0; i < 500; i++)
            {
                var n = caller * 1000 + i;
                Assert.Equal(new Ping(n), await echo.Ask<Ping>(new Ping(n), TimeSpan.FromSeconds(30 + i % 7)));
            }
        }));

        await Task.WhenAll(callers);

        Assert.Equal(0, Sys.AskDeadlines.Outstanding);
    }

    [Fact]
    public async Task An_ask_pending_when_the_system_terminates_must_still_time_out_and_then_leave_no_timer()
    {
        var asking = TestActor.Ref.Ask<Ping>(new Ping(1), TimeSpan.FromSeconds(5));
        await Sys.TerminateAsync();
        await AwaitConditionAsync(() => Clock.ActiveTimerCount == 1, message: "only the ask's timer is left after termination");

        Advance(TimeSpan.FromSeconds(5));

        await Assert.ThrowsAsync<AskTimeoutException>(() => asking);
        Assert.Equal(0, Clock.ActiveTimerCount);
    }

    [Fact]
    public async Task A_terminated_system_with_no_pending_ask_must_leave_no_timer()
    {
        var echo = ActorOf(Props.Create(() => new Echo()));
        await echo.Ask<Ping>(new Ping(1), TimeSpan.FromHours(1));

        Assert.Equal(1, Clock.ActiveTimerCount);

        await Sys.TerminateAsync();

        // The shutdown's own phase timers are released asynchronously, hence the wait.
        await AwaitConditionAsync(() => Clock.ActiveTimerCount == 0, message: "no timer is left after termination");
    }
}
