namespace ActorMoo.Runtime.Core;

/// <summary>
/// An ordinary message that stops the receiving actor when it is processed: messages queued
/// before it are handled first, messages after it become dead letters. Use
/// <see cref="IActorContext.Stop"/> to stop an actor immediately instead.
/// </summary>
public sealed record PoisonPill
{
    /// <summary>The single instance; the message carries no data.</summary>
    public static PoisonPill Instance { get; } = new();

    private PoisonPill()
    {
    }
}
