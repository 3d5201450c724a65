namespace ActorMoo.Runtime.Core;

/// <summary>The code behind a <see cref="Behavior"/>: a message type, an optional guard and what to run.</summary>
internal abstract class ReceiveHandler
{
    /// <summary>Runs the handler if the message matches. <paramref name="target"/> is the behavior's
    /// target (the user's delegate for <see cref="SyncReceiveHandler{T}"/>, otherwise null).
    /// <paramref name="pending"/> is the task of an async handler (null for synchronous ones).</summary>
    public abstract bool TryInvoke(object? target, object message, out Task? pending);
}

/// <summary>A behavior of several registrations: offers a message to each in registration order.</summary>
internal sealed class ReceiveHandlerChain(Behavior[] behaviors) : ReceiveHandler
{
    /// <summary>The chain of no handlers: matches nothing.</summary>
    public static readonly ReceiveHandlerChain Empty = new([]);

    public override bool TryInvoke(object? target, object message, out Task? pending)
    {
        foreach (var behavior in behaviors)
        {
            if (behavior.TryInvoke(message, out pending)) return true;
        }
        pending = null;
        return false;
    }
}

/// <summary>A synchronous handler for every <typeparamref name="T"/>: one shared, stateless instance per
/// message type, whose target is the user's <see cref="Action{T}"/>.</summary>
internal sealed class SyncReceiveHandler<T> : ReceiveHandler
{
    /// <summary>The only instance; what differs between actors is the target.</summary>
    public static readonly SyncReceiveHandler<T> Shared = new();

    private SyncReceiveHandler()
    {
    }

    public override bool TryInvoke(object? target, object message, out Task? pending)
    {
        pending = null;
        if (message is not T typed) return false;
        ((Action<T>)target!)(typed);
        return true;
    }
}

/// <summary>A synchronous handler for the <typeparamref name="T"/>s its guard accepts.</summary>
internal sealed class GuardedSyncReceiveHandler<T>(Func<T, bool> when, Action<T> handler) : ReceiveHandler
{
    public override bool TryInvoke(object? target, object message, out Task? pending)
    {
        pending = null;
        if (message is not T typed || !when(typed)) return false;
        handler(typed);
        return true;
    }
}

/// <summary>An async handler for the <typeparamref name="T"/>s its optional guard accepts.</summary>
internal sealed class AsyncReceiveHandler<T>(Func<T, Task> handler, Func<T, bool>? when) : ReceiveHandler
{
    public override bool TryInvoke(object? target, object message, out Task? pending)
    {
        pending = null;
        if (message is not T typed || (when is not null && !when(typed))) return false;
        pending = handler(typed);
        return true;
    }
}
