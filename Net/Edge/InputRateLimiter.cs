namespace ActorMoo.Net.Edge;

/// <summary>
/// A token bucket for one connection's input: every line, negotiation and subnegotiation costs a
/// token; tokens come back at the configured rate up to the burst size. When the bucket is empty
/// the reader waits before reading more, so a flooding client is slowed down by TCP flow control
/// and nothing it sent is lost.
/// </summary>
public sealed class InputRateLimiter
{
    private readonly double _ratePerSecond;

    private readonly int _burst;

    private readonly TimeProvider _time;

    /// <summary>Tokens available now; negative while the connection is in debt.</summary>
    private double _tokens;

    private long _lastRefill;

    /// <summary>Creates a full bucket.</summary>
    public InputRateLimiter(double ratePerSecond, int burst, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ratePerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(burst);
        _ratePerSecond = ratePerSecond;
        _burst = burst;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _tokens = burst;
        _lastRefill = time.GetTimestamp();
    }

    /// <summary>Takes <paramref name="events"/> tokens and returns how long to wait before reading again (zero when the bucket still has tokens).</summary>
    public TimeSpan Charge(int events)
    {
        long now = _time.GetTimestamp();
        _tokens = Math.Min(_burst, _tokens + (_time.GetElapsedTime(_lastRefill, now).TotalSeconds * _ratePerSecond));
        _lastRefill = now;
        _tokens -= events;
        return _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / _ratePerSecond);
    }
}
