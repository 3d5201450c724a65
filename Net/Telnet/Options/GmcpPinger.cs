namespace ActorMoo.Net.Telnet.Options;

/// <summary>
/// The server's half of GMCP <c>Core.Ping</c>: every interval it sends <c>Core.Ping</c> and takes
/// the client's next <c>Core.Ping</c> as the answer, measuring the round trip. Both directions use
/// the same package, so only this state tells them apart: a <c>Core.Ping</c> that arrives while ours
/// is outstanding answers it (and is not answered back — that would loop with a client that answers
/// pings); any other is the client's own ping, which <see cref="GmcpOption"/> answers.
/// </summary>
/// <remarks>
/// A ping still unanswered at the next tick counts as lost and a new one is sent. A client that loses
/// <see cref="MaxUnanswered"/> in a row does not answer pings (Mudlet, for one, takes a server's
/// <c>Core.Ping</c> as the reply to its own) and is not pinged again, so that its own later pings are
/// never mistaken for answers. Thread-safe: ticks come from the timer, answers from the reader.
/// </remarks>
public sealed class GmcpPinger : IDisposable
{
    /// <summary>Consecutive unanswered pings after which the client is no longer pinged.</summary>
    public const int MaxUnanswered = 2;

    private readonly Lock _lock = new();

    private readonly TimeProvider _time;

    private readonly Action _send;

    private readonly ITimer _timer;

    /// <summary>When the outstanding ping was sent (a <see cref="TimeProvider.GetTimestamp"/>), or null when none is.</summary>
    private long? _sentAt;

    /// <summary>Pings lost in a row.</summary>
    private int _unanswered;

    /// <summary>Set once pinging has ended (disposed, or the client never answers); no ping is sent after it.</summary>
    private bool _stopped;

    /// <summary>Starts pinging: the first ping goes out after <paramref name="interval"/>.</summary>
    /// <param name="interval">Time between pings; must be positive.</param>
    /// <param name="time">The clock for the timer and the measurement.</param>
    /// <param name="send">Sends <c>Core.Ping</c> to the client (called outside any lock of this class).</param>
    public GmcpPinger(TimeSpan interval, TimeProvider time, Action send)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _send = send ?? throw new ArgumentNullException(nameof(send));
        _timer = time.CreateTimer(static state => ((GmcpPinger)state!).Tick(), this, interval, interval);
    }

    /// <summary>True while pings are being sent (false once disposed or given up on a client that never answers).</summary>
    public bool Active
    {
        get
        {
            lock (_lock)
            {
                return !_stopped;
            }
        }
    }

    /// <summary>
    /// Called for every <c>Core.Ping</c> from the client: when one of ours is outstanding, this is
    /// its answer — returns true with the round trip; otherwise false (the client's own ping).
    /// </summary>
    public bool TryTakeAnswer(out TimeSpan roundTrip)
    {
        lock (_lock)
        {
            if (_sentAt is not long sentAt)
            {
                roundTrip = default;
                return false;
            }

            _sentAt = null;
            _unanswered = 0;
            roundTrip = _time.GetElapsedTime(sentAt);
            return true;
        }
    }

    /// <summary>Stops pinging; an outstanding ping is forgotten.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _stopped = true;
            _sentAt = null;
        }

        _timer.Dispose();
    }

    private void Tick()
    {
        bool send;
        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }

            send = _sentAt is null || ++_unanswered < MaxUnanswered;
            _stopped = !send;
            _sentAt = send ? _time.GetTimestamp() : null;
        }

        if (send)
        {
            _send();
        }
        else
        {
            _timer.Dispose();
        }
    }
}
