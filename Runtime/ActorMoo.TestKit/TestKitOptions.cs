using Microsoft.Extensions.Logging;

namespace ActorMoo.TestKit;

/// <summary>How <see cref="ActorTestKit"/> sets up the system of each test.</summary>
public sealed class TestKitOptions
{
    /// <summary>The actor system's name.</summary>
    public string SystemName { get; init; } = "test";

    /// <summary>True (the default): the system runs on <see cref="ActorTestKit.Clock"/>, so timers, Ask
    /// timeouts, backoff and passivation only move when the test advances the clock. False: real time.</summary>
    public bool UseVirtualTime { get; init; } = true;

    /// <summary>Entries below this level are not captured.</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Debug;

    /// <summary>Messages per mailbox turn (see <c>ActorSystemOptions.Throughput</c>).</summary>
    public int Throughput { get; init; } = 100;

    /// <summary>How long (real time) disposal waits for the system to terminate before failing the test.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TestKitDefaults.Dilated(TimeSpan.FromSeconds(15));
}
