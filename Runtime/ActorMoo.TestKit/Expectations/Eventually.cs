using System.Diagnostics;
using Xunit.Sdk;

namespace ActorMoo.TestKit;

/// <summary>Polling helpers behind <c>AwaitAssertAsync</c> and <c>AwaitConditionAsync</c>.</summary>
public static class Eventually
{
    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(20);

    /// <summary>Runs <paramref name="assertion"/> until it stops throwing, or rethrows its last failure
    /// after <paramref name="timeout"/> (default: the expect timeout, capped by an enclosing Within).</summary>
    public static async Task AssertAsync(Func<Task> assertion, TimeSpan? timeout = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var limit = WithinScope.Remaining(timeout);
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            try
            {
                await assertion().ConfigureAwait(false);
                return;
            }
            catch (Exception) when (Stopwatch.GetElapsedTime(started) < limit)
            {
                await Task.Delay(interval ?? DefaultInterval).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Synchronous-assertion form of <see cref="AssertAsync(Func{Task}, TimeSpan?, TimeSpan?)"/>.</summary>
    public static Task AssertAsync(Action assertion, TimeSpan? timeout = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        return AssertAsync(() =>
        {
            assertion();
            return Task.CompletedTask;
        }, timeout, interval);
    }

    /// <summary>Waits until <paramref name="condition"/> is true; fails with <paramref name="message"/> after the timeout.</summary>
    public static async Task ConditionAsync(Func<bool> condition, TimeSpan? timeout = null, string? message = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var limit = WithinScope.Remaining(timeout);
        var started = Stopwatch.GetTimestamp();
        while (!condition())
        {
            if (Stopwatch.GetElapsedTime(started) >= limit)
                throw new XunitException($"Condition not met within {limit.TotalMilliseconds:0} ms" + (message is null ? "." : $": {message}"));
            await Task.Delay(interval ?? DefaultInterval).ConfigureAwait(false);
        }
    }
}
