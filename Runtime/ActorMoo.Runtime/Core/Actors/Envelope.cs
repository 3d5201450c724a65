namespace ActorMoo.Runtime.Core;

/// <summary>
/// A message together with the reference it came from. Mailboxes store envelopes by value, and
/// code that buffers messages for later delivery (a shard waiting for an entity, the stash)
/// keeps envelopes so that the original sender is preserved when the message is re-sent.
/// </summary>
/// <param name="Message">The message; never null.</param>
/// <param name="Sender">The sender, or null when there is none.</param>
public readonly record struct Envelope(object Message, IActorRef? Sender)
{
    /// <summary>Delivers this envelope to <paramref name="recipient"/>, keeping the original sender.</summary>
    public void DeliverTo(IActorRef recipient) => recipient.Tell(Message, Sender);
}
