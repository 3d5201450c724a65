namespace ActorMoo.Runtime.Core;

/// <summary>
/// The phases of <see cref="CoordinatedShutdown"/>, in the order they run. Subsystems add their
/// tasks to the phase that fits; each phase waits for all of its tasks (up to the phase timeout)
/// before the next starts.
/// </summary>
public static class ShutdownPhase
{
    /// <summary>Stop accepting new connections (edge listeners).</summary>
    public const string ServiceUnbind = "service-unbind";

    /// <summary>Wait for in-flight requests to finish.</summary>
    public const string ServiceRequestsDone = "service-requests-done";

    /// <summary>Stop services (sessions, tasks).</summary>
    public const string ServiceStop = "service-stop";

    /// <summary>Shard regions hand off: stop entities gracefully so their last writes complete.</summary>
    public const string ShardingShutdownRegion = "sharding-shutdown-region";

    /// <summary>Last chance before actors are stopped (flush journals).</summary>
    public const string BeforeActorSystemTerminate = "before-actor-system-terminate";

    /// <summary>The runtime stops /user top-down, then the system actors; then the system is terminated.</summary>
    public const string ActorSystemTerminate = "actor-system-terminate";

    /// <summary>Every phase in running order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [ServiceUnbind, ServiceRequestsDone, ServiceStop, ShardingShutdownRegion, BeforeActorSystemTerminate, ActorSystemTerminate];
}
