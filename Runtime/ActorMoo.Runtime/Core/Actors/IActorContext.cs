using Microsoft.Extensions.Logging;

namespace ActorMoo.Runtime.Core;

/// <summary>
/// What an actor can do besides handling its message: create and stop children, watch other
/// actors, use timers and the stash, run async work. Available as <c>Context</c> inside an
/// actor; use it only from the actor's own handlers and lifecycle hooks.
/// </summary>
public interface IActorContext
{
    /// <summary>This actor's reference.</summary>
    IActorRef Self { get; }

    /// <summary>The sender of the message being processed (the dead-letter office when there is none).</summary>
    IActorRef Sender { get; }

    /// <summary>The parent (supervisor) of this actor.</summary>
    IActorRef Parent { get; }

    /// <summary>The actor system.</summary>
    ActorSystem System { get; }

    /// <summary>The running children (children being stopped are not included).</summary>
    IReadOnlyList<IActorRef> Children { get; }

    /// <summary>This actor's keyed timers.</summary>
    ITimerScheduler Timers { get; }

    /// <summary>This actor's stash.</summary>
    IStash Stash { get; }

    /// <summary>A logger whose category is the actor's type.</summary>
    ILogger Log { get; }

    /// <summary>Creates a child, supervised by this actor. The name must be unique among the children
    /// (a stopping child keeps its name until it has stopped); null generates one.</summary>
    IActorRef ActorOf(Props props, string? name = null);

    /// <summary>The running child called <paramref name="name"/>, or null.</summary>
    IActorRef? Child(string name);

    /// <summary>Stops <paramref name="actor"/> (a child, or this actor itself after the current message)
    /// without waiting for its mailbox; what is left in it becomes dead letters.</summary>
    void Stop(IActorRef actor);

    /// <summary>Watches <paramref name="actor"/>: exactly one <see cref="Terminated"/> arrives when it stops
    /// (at once if it already has). Returns <paramref name="actor"/>.</summary>
    IActorRef Watch(IActorRef actor);

    /// <summary>Stops watching <paramref name="actor"/>; no Terminated for it is delivered afterwards.</summary>
    IActorRef Unwatch(IActorRef actor);

    /// <summary>
    /// Starts <paramref name="work"/> now and processes no further message (not even a stop) until it
    /// completes — use it in <c>PreStart</c> for async initialization such as recovery. A failure of
    /// the task is a failure of the actor.
    /// </summary>
    void RunTask(Func<Task> work);
}
