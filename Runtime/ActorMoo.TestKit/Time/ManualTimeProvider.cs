namespace ActorMoo.TestKit;

/// <summary>
/// A virtual clock: time stands still until <see cref="Advance"/> moves it, and every timer
/// that falls due on the way fires, in due order, on the advancing thread. Give it to an
/// <c>ActorSystem</c> (the <see cref="ActorTestKit"/> does) and actor timers, Ask timeouts,
/// restart backoff and passivation all run on virtual time: deterministic and instant.
/// </summary>
/// <remarks>
/// A timer due "now" (zero delay) fires on the next call to <see cref="Advance"/>, even
/// <c>Advance(TimeSpan.Zero)</c>. Timer callbacks run synchronously inside <c>Advance</c>;
/// an exception from one propagates to the caller.
/// </remarks>
public sealed class ManualTimeProvider : TimeProvider
{
    /// <summary>The default start: an arbitrary fixed instant, so test output is reproducible.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Lock _gate = new();
    private readonly DateTimeOffset _start;
    private readonly List<ManualTimer> _active = [];

    /// <summary>Virtual ticks elapsed since <see cref="_start"/>.</summary>
    private long _elapsedTicks;

    /// <summary>Orders timers that fall due at the same instant: first scheduled, first fired.</summary>
    private long _scheduleSequence;

    /// <summary>Creates a clock that starts at <paramref name="start"/> (default <see cref="DefaultStart"/>).</summary>
    public ManualTimeProvider(DateTimeOffset? start = null)
    {
        _start = start ?? DefaultStart;
    }

    /// <summary>The number of timers that are scheduled to fire (not disposed, not expired one-shots).
    /// Handy to assert that nothing leaks timers.</summary>
    public int ActiveTimerCount
    {
        get
        {
            lock (_gate) return _active.Count;
        }
    }

    /// <summary>Virtual time elapsed since the clock was created.</summary>
    public TimeSpan Elapsed
    {
        get
        {
            lock (_gate) return TimeSpan.FromTicks(_elapsedTicks);
        }
    }

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return _start.AddTicks(_elapsedTicks);
    }

    /// <inheritdoc />
    public override long GetTimestamp()
    {
        lock (_gate) return _elapsedTicks;
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves time forward by <paramref name="delta"/>, firing every timer that falls due.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        long target;
        lock (_gate) target = _elapsedTicks + delta.Ticks;

        while (NextDueTimer(target) is { } due) due.Fire();
        lock (_gate) _elapsedTicks = Math.Max(_elapsedTicks, target);
    }

    /// <summary>Takes the earliest timer due at or before <paramref name="target"/>, moves the clock to its
    /// due time and re-arms it (periodic) or deactivates it (one-shot).</summary>
    private ManualTimer? NextDueTimer(long target)
    {
        lock (_gate)
        {
            ManualTimer? earliest = null;
            foreach (var timer in _active)
            {
                if (timer.DueTicks > target) continue;
                if (earliest is null || timer.DueTicks < earliest.DueTicks
                    || (timer.DueTicks == earliest.DueTicks && timer.Sequence < earliest.Sequence))
                    earliest = timer;
            }
            if (earliest is null) return null;

            _elapsedTicks = Math.Max(_elapsedTicks, earliest.DueTicks);
            if (earliest.PeriodTicks > 0)
            {
                earliest.DueTicks += earliest.PeriodTicks;
                earliest.Sequence = ++_scheduleSequence;
            }
            else
            {
                _active.Remove(earliest);
            }
            return earliest;
        }
    }

    /// <summary>(Re)schedules <paramref name="timer"/>; an infinite due time deactivates it.</summary>
    private void Schedule(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan) ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
        lock (_gate)
        {
            _active.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan) return;
            timer.DueTicks = _elapsedTicks + dueTime.Ticks;
            timer.PeriodTicks = period == Timeout.InfiniteTimeSpan || period <= TimeSpan.Zero ? 0 : period.Ticks;
            timer.Sequence = ++_scheduleSequence;
            _active.Add(timer);
        }
    }

    private void Remove(ManualTimer timer)
    {
        lock (_gate) _active.Remove(timer);
    }

    private sealed class ManualTimer(ManualTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        public long DueTicks { get; set; }

        public long PeriodTicks { get; set; }

        public long Sequence { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            clock.Schedule(this, dueTime, period);
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose() => clock.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
