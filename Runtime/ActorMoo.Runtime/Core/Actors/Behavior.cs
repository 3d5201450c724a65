namespace ActorMoo.Runtime.Core;

/// <summary>
/// What handles an actor's messages now: a handler and the target it runs. For the usual
/// unguarded synchronous <c>Receive&lt;T&gt;</c> the handler is shared by every actor
/// (<see cref="SyncReceiveHandler{T}.Shared"/>) and the target is the user's delegate; any other
/// registration is its own handler object, with no target. A behavior lives inside every actor
/// instance, so an actor with one <c>Receive</c> costs only its delegate — no handler object and
/// no handler array, two objects fewer per actor (a million sharded entities are a million actors).
/// </summary>
internal readonly struct Behavior(ReceiveHandler handler, object? target)
{
    /// <summary>The behavior that handles nothing: an actor's before its constructor registers anything.</summary>
    public static Behavior Empty => new(ReceiveHandlerChain.Empty, null);

    /// <summary>Runs the first matching handler. <paramref name="pending"/> is the task of an async
    /// handler (null for synchronous ones); the mailbox waits for it before the next message.</summary>
    public bool TryInvoke(object message, out Task? pending) => handler.TryInvoke(target, message, out pending);

    /// <summary>The behavior made of <paramref name="registered"/>, tried in registration order.</summary>
    public static Behavior Combine(List<Behavior> registered) => registered.Count switch
    {
        0 => Empty,
        1 => registered[0],
        _ => new Behavior(new ReceiveHandlerChain(registered.ToArray()), null),
    };
}
