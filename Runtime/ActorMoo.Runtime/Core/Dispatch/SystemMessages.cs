namespace ActorMoo.Runtime.Core;

/// <summary>
/// A lifecycle message between cells (create, stop, supervise, watch). System messages travel
/// on their own lock-free stack per actor and are processed before any user message. Each
/// instance is sent exactly once: <see cref="Next"/> links it into the receiver's stack.
/// </summary>
internal abstract class SystemMessage
{
    /// <summary>The next (older) message in the receiver's pending stack.</summary>
    internal SystemMessage? Next;
}

/// <summary>Stop now: stop children, run PostStop, notify watchers and the parent.</summary>
internal sealed class Terminate : SystemMessage;

/// <summary>From the parent: resume processing after a failure, dropping the failed message.</summary>
internal sealed class Resume : SystemMessage;

/// <summary>From the parent: replace the failed actor instance with a new one.</summary>
internal sealed class Recreate(Exception cause) : SystemMessage
{
    public Exception Cause { get; } = cause;
}

/// <summary>To the parent: <paramref name="child"/> failed with <paramref name="cause"/> and awaits a directive.</summary>
internal sealed class Failed(ActorCell child, Exception cause) : SystemMessage
{
    public ActorCell Child { get; } = child;

    public Exception Cause { get; } = cause;
}

/// <summary>To <paramref name="watchee"/>: tell <paramref name="watcher"/> when you stop.</summary>
internal sealed class Watch(InternalActorRef watchee, InternalActorRef watcher) : SystemMessage
{
    public InternalActorRef Watchee { get; } = watchee;

    public InternalActorRef Watcher { get; } = watcher;
}

/// <summary>To <paramref name="watchee"/>: forget <paramref name="watcher"/>.</summary>
internal sealed class Unwatch(InternalActorRef watchee, InternalActorRef watcher) : SystemMessage
{
    public InternalActorRef Watchee { get; } = watchee;

    public InternalActorRef Watcher { get; } = watcher;
}

/// <summary>To a watcher or the parent: <paramref name="actor"/> has stopped.</summary>
internal sealed class DeathWatchNotification(InternalActorRef actor) : SystemMessage
{
    public InternalActorRef Actor { get; } = actor;
}
