using System.Diagnostics;
using Xunit.Sdk;

namespace ActorMoo.TestKit;

/// <summary>
/// The deadline of the innermost <c>WithinAsync</c> block, flowing with the async call: every
/// expectation inside the block waits at most until the deadline.
/// </summary>
internal static class WithinScope
{
    private static readonly AsyncLocal<long?> Deadline = new();

    /// <summary>The time an expectation may wait: <paramref name="requested"/> or the default, capped by the block's deadline.</summary>
    public static TimeSpan Remaining(TimeSpan? requested)
    {
        var timeout = requested ?? TestKitDefaults.ExpectTimeout;
        if (Deadline.Value is not { } deadline) return timeout;
        var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
        return left < timeout ? (left > TimeSpan.Zero ? left : TimeSpan.Zero) : timeout;
    }

    /// <summary>Runs <paramref name="body"/>, which must finish within <paramref name="max"/> (real time).</summary>
    public static async Task<T> RunAsync<T>(TimeSpan max, Func<Task<T>> body)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(max, TimeSpan.Zero);
        var started = Stopwatch.GetTimestamp();
        var outer = Deadline.Value;
        var deadline = started + (long)(max.TotalSeconds * Stopwatch.Frequency);
        Deadline.Value = outer is { } o && o < deadline ? o : deadline;
        try
        {
            var result = await body().ConfigureAwait(false);
            var took = Stopwatch.GetElapsedTime(started);
            if (took > max) throw new XunitException($"The block took {took.TotalMilliseconds:0} ms, more than the {max.TotalMilliseconds:0} ms allowed by Within.");
            return result;
        }
        finally
        {
            Deadline.Value = outer;
        }
    }
}
