using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorMoo.Runtime.Core;

/// <summary>Settings of an <see cref="ActorSystem"/>, fixed when it is created.</summary>
public sealed class ActorSystemOptions
{
    /// <summary>The clock behind timers, Ask timeouts, restart backoff and shutdown timeouts.
    /// Tests pass a manual clock (see the TestKit) to drive them with virtual time.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Where the runtime and actors log.</summary>
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>Messages an actor processes per mailbox turn before yielding its thread to other
    /// actors: higher is faster, lower is fairer. Props can override it per actor.</summary>
    public int Throughput { get; init; } = 100;

    /// <summary>Default stash capacity per actor; Props can override it.</summary>
    public int StashCapacity { get; init; } = 10_000;

    /// <summary>Dead letters logged per minute; beyond that they are only counted (and published to
    /// subscribers), so a flood cannot swamp the log.</summary>
    public int DeadLetterLogLimit { get; init; } = 50;

    /// <summary>How long an Ask waits for its reply when the caller gives no timeout of its own.</summary>
    public TimeSpan AskTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed to each coordinated-shutdown phase before it is abandoned with a warning.</summary>
    public TimeSpan ShutdownPhaseTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (TimeProvider is null) throw new ArgumentException("TimeProvider must be set.", nameof(TimeProvider));
        if (LoggerFactory is null) throw new ArgumentException("LoggerFactory must be set.", nameof(LoggerFactory));
        if (Throughput < 1) throw new ArgumentException($"Throughput must be at least 1 (was {Throughput}).", nameof(Throughput));
        if (StashCapacity < 1) throw new ArgumentException($"StashCapacity must be at least 1 (was {StashCapacity}).", nameof(StashCapacity));
        if (DeadLetterLogLimit < 0) throw new ArgumentException($"DeadLetterLogLimit must not be negative (was {DeadLetterLogLimit}).", nameof(DeadLetterLogLimit));
        if (AskTimeout <= TimeSpan.Zero) throw new ArgumentException($"AskTimeout must be positive (was {AskTimeout}).", nameof(AskTimeout));
        if (ShutdownPhaseTimeout <= TimeSpan.Zero) throw new ArgumentException($"ShutdownPhaseTimeout must be positive (was {ShutdownPhaseTimeout}).", nameof(ShutdownPhaseTimeout));
    }
}
