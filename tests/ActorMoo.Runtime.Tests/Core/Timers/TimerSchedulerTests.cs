using ActorMoo.Runtime.Core;
using ActorMoo.TestKit;

namespace ActorMoo.Runtime.Tests.Core.Timers;

public sealed class TimerSchedulerTests : ActorTestKit
{
    private sealed record StartSingle(string Key, TimeSpan Delay);

    private sealed record StartPeriodic(string Key, TimeSpan Interval);

    private sealed record CancelTimer(string Key);

    private sealed record IsActive(string Key);

    private sealed record Tick(string Key);

    private sealed record Crash;

    /// <summary>Starts and cancels timers on request; forwards ticks to the log.</summary>
    private sealed class Ticker : Actor
    {
        public Ticker(IActorRef log)
        {
            Receive<StartSingle>(s =>
            {
                Timers.StartSingleTimer(s.Key, new Tick(s.Key), s.Delay);
                Sender.Tell("started", Self);
            });
            Receive<StartPeriodic>(s =>
            {
                Timers.StartPeriodicTimer(s.Key, new Tick(s.Key), s.Interval);
                Sender.Tell("started", Self);
            });
            Receive<CancelTimer>(c =>
            {
                Timers.Cancel(c.Key);
                Sender.Tell("cancelled", Self);
            });
            Receive<IsActive>(a => Sender.Tell(Timers.IsTimerActive(a.Key), Self));
            Receive<Tick>(t => log.Tell(t));
            Receive<Crash>(_ => throw new InvalidOperationException("crash"));
        }
    }

    private (IActorRef Ticker, TestProbe Ticks) StartTicker()
    {
        var ticks = CreateTestProbe("ticks");
        var ticker = ActorOf(Props.Create(() => new Ticker(ticks.Ref)));
        return (ticker, ticks);
    }

    private async Task SendAndConfirmAsync(IActorRef ticker, object command, string confirmation)
    {
        ticker.Tell(command, TestActor.Ref);
        await ExpectMsgAsync(confirmation);
    }

    [Fact]
    public async Task Single_timer_must_fire_once_when_its_delay_has_passed_on_the_clock()
    {
        var (ticker, ticks) = StartTicker();
        await SendAndConfirmAsync(ticker, new StartSingle("a", TimeSpan.FromSeconds(5)), "started");

        Advance(TimeSpan.FromSeconds(4));
        await ticks.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(50));
        Advance(TimeSpan.FromSeconds(1));
        await ticks.ExpectMsgAsync(new Tick("a"));
        Advance(TimeSpan.FromMinutes(1));
        await ticks.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(50));

        ticker.Tell(new IsActive("a"), TestActor.Ref);
        Assert.False(await ExpectMsgAsync<bool>());
    }

    [Fact]
    public async Task Periodic_timer_must_fire_every_interval()
    {
        var (ticker, ticks) = StartTicker();
        await SendAndConfirmAsync(ticker, new StartPeriodic("p", TimeSpan.FromSeconds(1)), "started");

        Advance(TimeSpan.FromSeconds(3));

        for (var i = 0; i < 3; i++) await ticks.ExpectMsgAsync(new Tick("p"));
        await ticks.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(50));
        ticker.Tell(new IsActive("p"), TestActor.Ref);
        Assert.True(await ExpectMsgAsync<bool>());
    }

    [Fact]
    public async Task Cancelled_timer_must_not_deliver_even_when_its_tick_is_already_queued()
    {
        var (ticker, ticks) = StartTicker();
        await SendAndConfirmAsync(ticker, new StartSingle("a", TimeSpan.FromSeconds(1)), "started");

        // Queue the cancel first, then fire the timer: the tick lands behind the cancel in the mailbox.
        ticker.Tell(new CancelTimer("a"), TestActor.Ref);
        Advance(TimeSpan.FromSeconds(1));

        await ExpectMsgAsync("cancelled");
        await ticks.ExpectNoMsgAsync();
    }

    [Fact]
    public async Task Starting_a_timer_with_a_key_in_use_must_replace_the_old_one()
    {
        var (ticker, ticks) = StartTicker();
        await SendAndConfirmAsync(ticker, new StartSingle("a", TimeSpan.FromSeconds(1)), "started");
        await SendAndConfirmAsync(ticker, new StartSingle("a", TimeSpan.FromSeconds(10)), "started");

        Advance(TimeSpan.FromSeconds(5));
        await ticks.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(50));
        Advance(TimeSpan.FromSeconds(5));
        await ticks.ExpectMsgAsync(new Tick("a"));
        Assert.Equal(0, Clock.ActiveTimerCount);
    }

    [Fact]
    public async Task Timers_must_be_cancelled_when_the_actor_stops()
    {
        var (ticker, _) = StartTicker();
        await SendAndConfirmAsync(ticker, new StartPeriodic("p", TimeSpan.FromSeconds(1)), "started");
        await SendAndConfirmAsync(ticker, new StartSingle("s", TimeSpan.FromSeconds(1)), "started");
        Assert.Equal(2, Clock.ActiveTimerCount);

        await Sys.StopAsync(ticker);

        Assert.Equal(0, Clock.ActiveTimerCount);
        Advance(TimeSpan.FromSeconds(5));
        Assert.Empty(DeadLetters.Letters);
    }

    [Fact]
    public async Task Timers_must_be_cancelled_when_the_actor_restarts()
    {
        var (ticker, ticks) = StartTicker();
        await SendAndConfirmAsync(ticker, new StartPeriodic("p", TimeSpan.FromSeconds(1)), "started");

        ticker.Tell(new Crash());
        await ExpectErrorLoggedAsync<InvalidOperationException>();
        await AwaitConditionAsync(() => Clock.ActiveTimerCount == 0, message: "the restart cancels the timer");

        Advance(TimeSpan.FromSeconds(3));
        await ticks.ExpectNoMsgAsync();
    }
}
