namespace ActorMoo.Runtime.Core;

/// <summary>Why a message became a dead letter.</summary>
public enum DeadLetterReason
{
    /// <summary>The recipient had stopped (or stopped before processing it).</summary>
    RecipientStopped,

    /// <summary>The recipient was running but no handler matched the message.</summary>
    Unhandled,

    /// <summary>The message was sent to the dead-letter office itself, e.g. a reply to a message without sender.</summary>
    NoRecipient,
}

/// <summary>A message that was not processed, with where it came from and where it was going.</summary>
/// <param name="Message">The message.</param>
/// <param name="Sender">Its sender, or null.</param>
/// <param name="Recipient">The intended recipient.</param>
/// <param name="Reason">Why it was not processed.</param>
public sealed record DeadLetter(object Message, IActorRef? Sender, IActorRef Recipient, DeadLetterReason Reason);
