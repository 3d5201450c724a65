namespace ActorMoo.Runtime.Core;

/// <summary>
/// An address to which messages can be sent. A reference says nothing about where the actor
/// runs: its identity is its <see cref="Path"/> (including the incarnation uid), so a reference
/// can later point to an actor on another node without changing this API.
/// </summary>
/// <remarks>
/// Two references are equal when they name the same incarnation of the same actor (same path,
/// same uid). A reference to a stopped actor stays valid; messages sent to it become dead letters.
/// </remarks>
public interface IActorRef : IEquatable<IActorRef>
{
    /// <summary>The actor's location in the hierarchy and its incarnation uid.</summary>
    ActorPath Path { get; }

    /// <summary>
    /// Sends <paramref name="message"/> without waiting ("fire and forget"). Inside an actor, pass
    /// <c>Self</c> as <paramref name="sender"/> so the receiver can reply; a null sender makes the
    /// receiver's <c>Sender</c> the dead-letter office. Messages from one sender to one receiver
    /// arrive in the order they were sent.
    /// </summary>
    /// <param name="message">An immutable, non-null message (preferably a record).</param>
    /// <param name="sender">Who replies should go to, or null for nobody.</param>
    void Tell(object message, IActorRef? sender = null);
}
