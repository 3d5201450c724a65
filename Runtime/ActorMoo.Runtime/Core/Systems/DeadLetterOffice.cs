using Microsoft.Extensions.Logging;

namespace ActorMoo.Runtime.Core;

/// <summary>
/// Where undeliverable messages end: it counts them, logs them (rate-limited) and publishes them
/// to subscribers (the TestKit records them for assertions). An <c>Ask</c> whose request ends
/// here because its target stopped fails at once with <see cref="ActorTerminatedException"/>.
/// </summary>
public sealed partial class DeadLetterOffice
{
    private static readonly TimeSpan LogWindow = TimeSpan.FromMinutes(1);

    private readonly ILogger _logger;
    private readonly TimeProvider _clock;
    private readonly int _logLimit;
    private readonly Lock _gate = new();

    /// <summary>Current subscribers; replaced (never mutated) under <see cref="_gate"/>.</summary>
    private Action<DeadLetter>[] _subscribers = [];

    private long _count;

    /// <summary>Start of the current logging window (a <see cref="TimeProvider.GetTimestamp"/> value) and what was logged in it.</summary>
    private long _logWindowStart;
    private int _loggedInWindow;

    internal DeadLetterOffice(ActorSystem system, ILogger logger, TimeProvider clock, int logLimit)
    {
        _logger = logger;
        _clock = clock;
        _logLimit = logLimit;
        _logWindowStart = clock.GetTimestamp();
        Ref = new DeadLetterActorRef(system, this);
    }

    /// <summary>The reference of the office; what <c>Sender</c> is for a message without sender.</summary>
    public IActorRef Ref { get; }

    /// <summary>Dead letters so far.</summary>
    public long Count => Volatile.Read(ref _count);

    /// <summary>Calls <paramref name="listener"/> (on the publishing thread) for every dead letter until disposed.</summary>
    public IDisposable Subscribe(Action<DeadLetter> listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        lock (_gate) _subscribers = [.. _subscribers, listener];
        return new Subscription(this, listener);
    }

    internal void Publish(object message, IActorRef? sender, IActorRef recipient, DeadLetterReason reason)
    {
        Interlocked.Increment(ref _count);
        if (reason == DeadLetterReason.RecipientStopped && sender is PromiseActorRef promise)
            promise.Fail(new ActorTerminatedException(recipient, message.GetType()));

        if (ShouldLog()) LogDeadLetter(_logger, message.GetType().Name, sender?.Path.ToString() ?? "no sender", recipient.Path, reason);

        var subscribers = Volatile.Read(ref _subscribers);
        if (subscribers.Length == 0) return;
        var letter = new DeadLetter(message, sender, recipient, reason);
        foreach (var subscriber in subscribers) subscriber(letter);
    }

    private bool ShouldLog()
    {
        if (!_logger.IsEnabled(LogLevel.Information)) return false;
        lock (_gate)
        {
            var now = _clock.GetTimestamp();
            if (_clock.GetElapsedTime(_logWindowStart, now) >= LogWindow)
            {
                _logWindowStart = now;
                _loggedInWindow = 0;
            }
            if (_loggedInWindow > _logLimit) return false;
            _loggedInWindow++;
            if (_loggedInWindow <= _logLimit) return true;
        }
        LogDeadLettersSuppressed(_logger, _logLimit);
        return false;
    }

    private void Unsubscribe(Action<DeadLetter> listener)
    {
        lock (_gate) _subscribers = _subscribers.Where(s => s != listener).ToArray();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dead letter: {MessageType} from {Sender} to {Recipient} ({Reason})")]
    private static partial void LogDeadLetter(ILogger logger, string messageType, string sender, ActorPath recipient, DeadLetterReason reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "More than {Limit} dead letters this minute; further ones are counted but not logged until the minute is over")]
    private static partial void LogDeadLettersSuppressed(ILogger logger, int limit);

    private sealed class Subscription(DeadLetterOffice office, Action<DeadLetter> listener) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) office.Unsubscribe(listener);
        }
    }
}
