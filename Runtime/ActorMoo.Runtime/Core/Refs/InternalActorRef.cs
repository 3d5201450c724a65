namespace ActorMoo.Runtime.Core;

/// <summary>
/// The runtime's side of a reference: besides user messages it accepts system messages
/// (watch, stop, supervision) and knows its system. Every reference the runtime hands out
/// derives from it; local actors, ask promises, test probes and the dead-letter office
/// implement it differently.
/// </summary>
internal abstract class InternalActorRef : IActorRef
{
    /// <inheritdoc />
    public abstract ActorPath Path { get; }

    /// <summary>The system this reference belongs to.</summary>
    internal abstract ActorSystem System { get; }

    /// <inheritdoc />
    public abstract void Tell(object message, IActorRef? sender = null);

    /// <summary>Delivers a lifecycle message; implementations that cannot die answer a
    /// <see cref="Watch"/> never, and ignore the rest.</summary>
    internal abstract void SendSystemMessage(SystemMessage message);

    /// <inheritdoc />
    public bool Equals(IActorRef? other) =>
        ReferenceEquals(this, other) || (other is not null && Path.Uid == other.Path.Uid && Path.Equals(other.Path));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IActorRef other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path.Uid, Path.Name);

    /// <inheritdoc />
    public override string ToString() => $"[{Path}#{Path.Uid}]";
}
