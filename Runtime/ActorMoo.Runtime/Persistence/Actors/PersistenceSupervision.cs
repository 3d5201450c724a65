using ActorMoo.Runtime.Core;

namespace ActorMoo.Runtime.Persistence;

/// <summary>Supervisor strategies for the parents of persistent actors (shard regions, the world).</summary>
public static class PersistenceSupervision
{
    /// <summary>
    /// Restarts a child whose recovery failed (typically because the database is unavailable) after an
    /// exponentially growing delay, so a database outage does not turn into a restart storm; every
    /// other failure is decided as by <see cref="SupervisorStrategy.Default"/>.
    /// </summary>
    /// <param name="backoff">The delays between restarts.</param>
    /// <param name="maxRetries">Restarts allowed within <paramref name="within"/>; -1 for no limit.</param>
    /// <param name="within">The window of <paramref name="maxRetries"/>; null for the child's whole life.</param>
    public static SupervisorStrategy RestartWithBackoff(RestartBackoff backoff, int maxRetries = -1, TimeSpan? within = null)
    {
        ArgumentNullException.ThrowIfNull(backoff);
        return new SupervisorStrategy(
            cause => IsRecoveryFailure(cause) ? Directive.Restart : SupervisorStrategy.DefaultDecider(cause),
            maxRetries,
            within,
            backoff);
    }

    /// <summary>True when <paramref name="cause"/> is a persistent actor's failed recovery.</summary>
    public static bool IsRecoveryFailure(Exception cause) =>
        cause is RecoveryFailedException || cause.InnerException is RecoveryFailedException;
}
