namespace ActorMoo.Runtime.Core;

/// <summary>
/// How a parent treats a failing child (one-for-one: only the failing child is affected).
/// Override <see cref="Actor.SupervisorStrategy"/> to choose one for an actor's children.
/// </summary>
/// <remarks>
/// A restart is allowed <see cref="MaxRetries"/> times within <see cref="Within"/> (the window
/// starts at the first failure and resets once it has passed); one failure more and the child
/// is stopped. With a <see cref="Backoff"/>, restarts wait exponentially longer.
/// </remarks>
public sealed class SupervisorStrategy
{
    private readonly Func<Exception, Directive> _decider;

    /// <summary>Creates a one-for-one strategy.</summary>
    /// <param name="decider">Maps an exception to a directive.</param>
    /// <param name="maxRetries">Restarts allowed within <paramref name="within"/>; -1 for no limit, 0 to never restart.</param>
    /// <param name="within">The window for <paramref name="maxRetries"/>; null means the whole life of the child.</param>
    /// <param name="backoff">Delay restarts exponentially; null restarts at once.</param>
    public SupervisorStrategy(Func<Exception, Directive> decider, int maxRetries = -1, TimeSpan? within = null, RestartBackoff? backoff = null)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRetries, -1);
        if (within is { } w) ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(w, TimeSpan.Zero, nameof(within));
        _decider = decider;
        MaxRetries = maxRetries;
        Within = within;
        Backoff = backoff;
    }

    /// <summary>The default (as in Akka): stop on initialization failures and unhandled
    /// <see cref="Terminated"/>, restart on everything else, without limit or backoff.</summary>
    public static SupervisorStrategy Default { get; } = new(DefaultDecider);

    /// <summary>Stops a failing child whatever the failure.</summary>
    public static SupervisorStrategy Stopping { get; } = new(_ => Directive.Stop);

    /// <summary>Restarts allowed within <see cref="Within"/>; -1 for no limit.</summary>
    public int MaxRetries { get; }

    /// <summary>The window for <see cref="MaxRetries"/>, or null for no window.</summary>
    public TimeSpan? Within { get; }

    /// <summary>The restart backoff, or null to restart at once.</summary>
    public RestartBackoff? Backoff { get; }

    /// <summary>The decision of <see cref="Default"/>: Stop for <see cref="ActorInitializationException"/>
    /// and <see cref="DeathPactException"/>, Restart otherwise.</summary>
    public static Directive DefaultDecider(Exception cause) => cause switch
    {
        ActorInitializationException or DeathPactException => Directive.Stop,
        _ => Directive.Restart,
    };

    /// <summary>The directive for <paramref name="cause"/>; a decider that throws means Escalate.</summary>
    public Directive Decide(Exception cause)
    {
        try
        {
            return _decider(cause);
        }
        catch (Exception)
        {
            return Directive.Escalate;
        }
    }
}
