using Microsoft.Extensions.Logging;

namespace ActorMoo.Runtime.Core;

/// <summary>
/// The parts of a cell that most actors never use (children, death watch, timers, stash, async
/// handling). They live here, allocated on first use, so that an idle actor that uses none of
/// them (a typical sharded entity) costs only the cell itself. Owned by the mailbox turn,
/// except where a member says otherwise.
/// </summary>
internal sealed class CellExtras
{
    /// <summary>Children by name; also read by other threads under its own lock.</summary>
    public ChildrenContainer? Children;

    /// <summary>Actors this one watches.</summary>
    public HashSet<InternalActorRef>? Watching;

    /// <summary>Actors watching this one.</summary>
    public HashSet<InternalActorRef>? WatchedBy;

    /// <summary>Watched actors whose <see cref="Terminated"/> sits in the mailbox; Unwatch removes the
    /// entry so the queued message is dropped, which makes delivery exactly-once.</summary>
    public HashSet<IActorRef>? TerminatedQueued;

    /// <summary>Keyed timers; created by the first use of <c>Timers</c>.</summary>
    public TimerScheduler? Timers;

    /// <summary>The stash; created by the first use of <c>Stash</c>.</summary>
    public ActorStash? Stash;

    /// <summary>Unstashed envelopes, processed before the mailbox.</summary>
    public EnvelopeDeque? Unstashed;

    /// <summary>The context object handed to user code.</summary>
    public ActorContext? Context;

    /// <summary>Behaviors saved by BecomeStacked for the current instance; cleared for a new instance.</summary>
    public Stack<Behavior>? BehaviorStack;

    /// <summary>The actor's logger, category = actor type.</summary>
    public ILogger? Logger;

    /// <summary>The message whose handler failed, for PreRestart.</summary>
    public object? FailedMessage;

    /// <summary>The failure being supervised; set while the phase is Failed or Restarting.</summary>
    public Exception? FailureCause;

    /// <summary>True when the failure happened while creating the actor (constructor, PreStart, PostRestart).</summary>
    public bool FailedInInitialization;

    /// <summary>Task started by <c>RunTask</c> during the current handler, awaited once the handler returns.</summary>
    public Task? DeferredTask;

    /// <summary>The task the mailbox is waiting for; written before the AwaitingTask flag is set.</summary>
    public Task? AwaitedTask;

    /// <summary>True when <see cref="AwaitedTask"/> belongs to actor creation, so its failure is an initialization failure.</summary>
    public bool AwaitedTaskIsInitialization;

    /// <summary>Handed over by the task's continuation (any thread) to the next mailbox turn.</summary>
    public Task? CompletedTask;

    /// <summary>System messages taken off the stack but left unprocessed (oldest first) because a
    /// task started holding the mailbox in the middle of the batch.</summary>
    public SystemMessage? SystemBacklog;

    /// <summary>The cached continuation registered on awaited tasks.</summary>
    public Action? OnAwaitedTaskCompleted;

    /// <summary>Drops what a reference to a stopped actor would otherwise keep alive. The (closed,
    /// empty) children container stays, so that a late ActorOf on this parent still fails.</summary>
    public void ReleaseAfterStop()
    {
        Watching = null;
        WatchedBy = null;
        TerminatedQueued = null;
        Timers = null;
        Stash = null;
        Unstashed = null;
        FailedMessage = null;
        FailureCause = null;
        DeferredTask = null;
    }
}
