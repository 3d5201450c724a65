using ActorMoo.TestKit;

namespace ActorMoo.TestKit.Tests.Time;

public sealed class ManualTimeProviderTests
{
    [Fact]
    public void Clock_must_stand_still_until_advanced()
    {
        var clock = new ManualTimeProvider();
        var start = clock.GetUtcNow();
        var stamp = clock.GetTimestamp();

        clock.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(ManualTimeProvider.DefaultStart, start);
        Assert.Equal(start.AddMinutes(3), clock.GetUtcNow());
        Assert.Equal(TimeSpan.FromMinutes(3), clock.GetElapsedTime(stamp));
        Assert.Equal(TimeSpan.FromMinutes(3), clock.Elapsed);
    }

    [Fact]
    public void One_shot_timer_must_fire_once_when_its_due_time_is_reached()
    {
        var clock = new ManualTimeProvider();
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(0, fired);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, fired);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, fired);
        Assert.Equal(0, clock.ActiveTimerCount);
    }

    [Fact]
    public void Periodic_timer_must_fire_once_per_period_passed()
    {
        var clock = new ManualTimeProvider();
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));

        clock.Advance(TimeSpan.FromSeconds(7));

        Assert.Equal(4, fired); // at 1, 3, 5, 7
    }

    [Fact]
    public void Timers_must_fire_in_due_order_and_see_the_clock_at_their_due_time()
    {
        var clock = new ManualTimeProvider();
        var seen = new List<(string, TimeSpan)>();
        using var late = clock.CreateTimer(_ => seen.Add(("late", clock.Elapsed)), null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        using var early = clock.CreateTimer(_ => seen.Add(("early", clock.Elapsed)), null, TimeSpan.FromSeconds(2), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal([("early", TimeSpan.FromSeconds(2)), ("late", TimeSpan.FromSeconds(5))], seen);
        Assert.Equal(TimeSpan.FromSeconds(10), clock.Elapsed);
    }

    [Fact]
    public void Disposed_or_changed_timers_must_follow_their_new_schedule()
    {
        var clock = new ManualTimeProvider();
        var disposedFired = false;
        var changedFired = 0;
        var disposed = clock.CreateTimer(_ => disposedFired = true, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        using var changed = clock.CreateTimer(_ => changedFired++, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        disposed.Dispose();
        changed.Change(TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(0, changedFired);
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.False(disposedFired);
        Assert.Equal(1, changedFired);
    }

    [Fact]
    public void Timer_with_zero_delay_must_fire_on_the_next_advance()
    {
        var clock = new ManualTimeProvider();
        var fired = false;
        using var timer = clock.CreateTimer(_ => fired = true, null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

        Assert.False(fired);
        clock.Advance(TimeSpan.Zero);
        Assert.True(fired);
    }

    [Fact]
    public async Task Task_Delay_on_the_clock_must_complete_only_when_advanced()
    {
        var clock = new ManualTimeProvider();
        var delay = Task.Delay(TimeSpan.FromSeconds(30), clock);

        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(delay.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));

        await delay.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Advance_must_refuse_to_go_backwards()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ManualTimeProvider().Advance(TimeSpan.FromSeconds(-1)));
    }
}
