namespace ActorMoo.Runtime.Core;

/// <summary>
/// One child's restarts within the current window and its pending delayed restart. Owned by the
/// parent's mailbox turn, except the timer callback, which only sends a system message.
/// </summary>
internal sealed class RestartStatistics
{
    /// <summary>Restarts granted in the current window.</summary>
    public int RestartCount { get; private set; }

    /// <summary><see cref="TimeProvider.GetTimestamp"/> at the first restart of the window.</summary>
    private long _windowStart;

    /// <summary>A backoff timer that will send the Recreate, if one is pending.</summary>
    private ITimer? _pendingRestart;

    /// <summary>Counts a restart and says whether it is within the limit.</summary>
    public bool RequestRestartPermission(TimeProvider clock, int maxRetries, TimeSpan? within)
    {
        var now = clock.GetTimestamp();
        if (within is { } window && RestartCount > 0 && clock.GetElapsedTime(_windowStart, now) > window) RestartCount = 0;
        if (RestartCount == 0) _windowStart = now;
        RestartCount++;
        return maxRetries < 0 || RestartCount <= maxRetries;
    }

    /// <summary>Runs <paramref name="restart"/> after <paramref name="delay"/> on <paramref name="clock"/>.</summary>
    public void ScheduleRestart(TimeProvider clock, TimeSpan delay, Action restart)
    {
        CancelPendingRestart();
        _pendingRestart = clock.CreateTimer(static state => ((Action)state!)(), restart, delay, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Cancels a pending delayed restart (the child stopped or the parent is stopping).</summary>
    public void CancelPendingRestart()
    {
        _pendingRestart?.Dispose();
        _pendingRestart = null;
    }
}
