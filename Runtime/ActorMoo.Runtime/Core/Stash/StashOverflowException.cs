namespace ActorMoo.Runtime.Core;

/// <summary>
/// <see cref="IStash.Stash"/> was called with a full stash. Thrown inside the handler, so the
/// actor fails and its supervisor decides; the message that could not be stashed is not lost
/// silently: it is the failing message passed to <c>PreRestart</c>.
/// </summary>
public sealed class StashOverflowException : InvalidOperationException
{
    /// <summary>Creates the exception for an actor whose stash reached <paramref name="capacity"/>.</summary>
    public StashOverflowException(ActorPath actor, int capacity)
        : base($"Stash of {actor} is full ({capacity} messages)")
    {
    }
}
