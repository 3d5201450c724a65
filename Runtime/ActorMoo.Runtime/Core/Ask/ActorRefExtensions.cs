namespace ActorMoo.Runtime.Core;

/// <summary>Request/response and forwarding on any <see cref="IActorRef"/>.</summary>
public static class ActorRefExtensions
{
    /// <summary>
    /// Sends <paramref name="message"/> and awaits the first reply, which must be a
    /// <typeparamref name="TReply"/>. Fails with <see cref="AskTimeoutException"/> when no reply
    /// arrives within <paramref name="timeout"/> (on the system's clock, checked to the millisecond
    /// by one timer shared by all of the system's asks), with
    /// <see cref="ActorTerminatedException"/> at once when the target has stopped, with the cause
    /// of a <see cref="Status.Failure"/> reply, and with <see cref="InvalidCastException"/> for a
    /// reply of another type.
    /// </summary>
    public static Task<TReply> Ask<TReply>(this IActorRef target, object message, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return AskCore<TReply>(target, message, createMessage: null, timeout, cancellationToken);
    }

    /// <summary>
    /// Like <see cref="Ask{TReply}(IActorRef, object, TimeSpan, CancellationToken)"/>, waiting at most
    /// the system's <see cref="ActorSystemOptions.AskTimeout"/> (<c>actormoo.runtime.ask-timeout</c>).
    /// </summary>
    public static Task<TReply> Ask<TReply>(this IActorRef target, object message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return AskCore<TReply>(target, message, createMessage: null, timeout: null, cancellationToken);
    }

    /// <summary>
    /// Like <see cref="Ask{TReply}(IActorRef, object, TimeSpan, CancellationToken)"/>, for protocols
    /// whose request carries its reply-to address: <paramref name="createMessage"/> receives the
    /// temporary reference to reply to.
    /// </summary>
    public static Task<TReply> Ask<TReply>(this IActorRef target, Func<IActorRef, object> createMessage, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(createMessage);
        return AskCore<TReply>(target, message: null, createMessage, timeout, cancellationToken);
    }

    /// <summary>Sends <paramref name="message"/> to <paramref name="target"/> on behalf of the current
    /// message's sender, so that the target replies directly to the original sender.</summary>
    public static void Forward(this IActorRef target, object message, IActorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        target.Tell(message, context.Sender);
    }

    // Either message or createMessage is given; timeout: the caller's, or null for the system's default.
    // Not async, so an Ask allocates no state machine; failures still come back in the task, as from
    // an async method, never as a synchronous throw.
    private static Task<TReply> AskCore<TReply>(IActorRef target, object? message, Func<IActorRef, object>? createMessage, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        PromiseActorRef<TReply> promise;
        try
        {
            ArgumentNullException.ThrowIfNull(target);
            if (timeout is { } given) ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(given, TimeSpan.Zero, nameof(timeout));
            var system = (target as InternalActorRef)?.System
                ?? throw new ArgumentException($"{target.Path} is not a reference created by an actor system.", nameof(target));
            promise = new PromiseActorRef<TReply>(system, target, timeout ?? system.Options.AskTimeout);
            message ??= createMessage!(promise) ?? throw new InvalidOperationException("The Ask message factory returned null.");
            promise.RequestType = message.GetType();
        }
        catch (Exception ex)
        {
            return Task.FromException<TReply>(ex);
        }

        promise.Start(cancellationToken);
        try
        {
            target.Tell(message, promise);
        }
        catch (Exception ex)
        {
            promise.Fail(ex);
        }
        return promise.Task;
    }
}
