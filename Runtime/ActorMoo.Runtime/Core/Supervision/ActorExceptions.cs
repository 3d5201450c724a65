namespace ActorMoo.Runtime.Core;

/// <summary>
/// An actor failed while being created: its constructor, <c>PreStart</c> or <c>PostRestart</c>
/// threw. The default supervisor strategy stops such an actor rather than restarting it,
/// because a new instance would most likely fail the same way.
/// </summary>
public sealed class ActorInitializationException : Exception
{
    /// <summary>Creates the exception for <paramref name="actor"/> with the original cause.</summary>
    public ActorInitializationException(IActorRef actor, Exception cause)
        : base($"Actor {actor.Path} failed to initialize: {cause.Message}", cause)
    {
        Actor = actor;
    }

    /// <summary>The actor that failed to initialize.</summary>
    public IActorRef Actor { get; }
}

/// <summary>
/// Thrown in an actor that received <see cref="Terminated"/> for an actor it watched and did not
/// handle it: watching without handling means "my life depends on it". The default strategy stops
/// the failing actor.
/// </summary>
public sealed class DeathPactException : Exception
{
    /// <summary>Creates the exception for the watched actor that died.</summary>
    public DeathPactException(IActorRef deadActor)
        : base($"Unhandled Terminated for watched actor {deadActor.Path}")
    {
        DeadActor = deadActor;
    }

    /// <summary>The watched actor whose termination was not handled.</summary>
    public IActorRef DeadActor { get; }
}

/// <summary>An actor name is empty, contains '/', whitespace or control characters, or is taken.</summary>
public sealed class InvalidActorNameException : ArgumentException
{
    /// <summary>Creates the exception with an explanation of what is wrong with the name.</summary>
    public InvalidActorNameException(string message)
        : base(message)
    {
    }
}
