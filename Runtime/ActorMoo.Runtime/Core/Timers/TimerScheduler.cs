namespace ActorMoo.Runtime.Core;

/// <summary>The timers of one actor. Owned by the actor's mailbox turn.</summary>
internal sealed class TimerScheduler(ActorCell owner, TimeProvider clock) : ITimerScheduler
{
    private readonly Dictionary<object, TimerEntry> _timers = [];

    /// <inheritdoc />
    public void StartSingleTimer(object key, object message, TimeSpan delay) =>
        Start(key, message, delay, Timeout.InfiniteTimeSpan);

    /// <inheritdoc />
    public void StartPeriodicTimer(object key, object message, TimeSpan interval) =>
        StartPeriodicTimer(key, message, interval, interval);

    /// <inheritdoc />
    public void StartPeriodicTimer(object key, object message, TimeSpan initialDelay, TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        Start(key, message, initialDelay, interval);
    }

    /// <inheritdoc />
    public bool IsTimerActive(object key) => _timers.ContainsKey(key);

    /// <inheritdoc />
    public void Cancel(object key)
    {
        if (_timers.Remove(key, out var entry)) entry.Timer?.Dispose();
    }

    /// <inheritdoc />
    public void CancelAll()
    {
        foreach (var entry in _timers.Values) entry.Timer?.Dispose();
        _timers.Clear();
    }

    /// <summary>Accepts a delivered tick if its timer is still current; a single timer ends here.</summary>
    public bool TryTake(TimerEntry tick)
    {
        if (!_timers.TryGetValue(tick.Key, out var current) || !ReferenceEquals(current, tick)) return false;
        if (!tick.IsPeriodic)
        {
            _timers.Remove(tick.Key);
            tick.Timer?.Dispose();
        }
        return true;
    }

    private void Start(object key, object message, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
        Cancel(key);
        var entry = new TimerEntry(owner, key, message, periodic: period != Timeout.InfiniteTimeSpan);
        _timers.Add(key, entry);
        entry.Timer = clock.CreateTimer(static state => ((TimerEntry)state!).Fire(), entry, dueTime, period);
    }
}
