namespace ActorMoo.Runtime.Core;

/// <summary>An <c>Ask</c> got no reply within its timeout (measured by the system's <see cref="TimeProvider"/>).</summary>
public sealed class AskTimeoutException : TimeoutException
{
    /// <summary>Creates the exception naming the target, the message type and the timeout.</summary>
    public AskTimeoutException(IActorRef target, Type messageType, TimeSpan timeout)
        : base($"Ask to {target.Path} with {messageType.Name} timed out after {timeout}")
    {
        Target = target;
        Timeout = timeout;
    }

    /// <summary>The actor that did not reply.</summary>
    public IActorRef Target { get; }

    /// <summary>How long the Ask waited.</summary>
    public TimeSpan Timeout { get; }
}

/// <summary>
/// A message could not be processed because its recipient had stopped (or stopped before
/// processing it). An <c>Ask</c> whose request became a dead letter fails with this at once
/// instead of waiting for its timeout.
/// </summary>
public sealed class ActorTerminatedException : Exception
{
    /// <summary>Creates the exception naming the stopped recipient and the undelivered message type.</summary>
    public ActorTerminatedException(IActorRef recipient, Type messageType)
        : base($"{recipient.Path} was stopped before it processed {messageType.Name}")
    {
        Recipient = recipient;
    }

    /// <summary>The stopped recipient.</summary>
    public IActorRef Recipient { get; }
}
