namespace ActorMoo.Runtime.Core;

/// <summary>
/// One actor's runtime: its mailbox, its place in the hierarchy and its lifecycle. The cell is
/// also the actor's local <see cref="IActorRef"/> and the thread-pool work item that runs the
/// mailbox, so a live actor costs the cell, its path, one small mailbox ring and the user's
/// actor object — nothing per message.
/// </summary>
/// <remarks>
/// Threading: <see cref="Tell"/> and <see cref="SendSystemMessage"/> are safe from any thread.
/// Everything else runs inside a mailbox turn (<see cref="Execute"/>), which the
/// <see cref="ScheduledFlag"/> bit makes exclusive, or inside the continuation of an async
/// handler while the <see cref="AwaitingTaskFlag"/> bit keeps turns from being scheduled.
/// </remarks>
internal sealed partial class ActorCell : InternalActorRef, IThreadPoolWorkItem
{
    /// <summary>A mailbox turn is queued on the thread pool or running.</summary>
    private const int ScheduledFlag = 1;

    /// <summary>The actor has stopped; turns only drain to dead letters.</summary>
    private const int ClosedFlag = 2;

    /// <summary>An async handler or RunTask is in flight; no turn may run until it completes.</summary>
    private const int AwaitingTaskFlag = 4;

    /// <summary>
    /// Turns one <see cref="Execute"/> may run back to back. The throughput limit ends a turn so that
    /// other actors get the thread; when none is waiting (the pool has no queued work) re-queueing
    /// would only move the actor to another core and cool its caches, so the next turn runs in place.
    /// The bound caps how long one actor keeps a thread in any case, since the pool's count is only a
    /// snapshot (work can arrive right after it was read).
    /// </summary>
    private const int MaxTurnsInPlace = 64;

    /// <summary>The cell whose actor instance is being constructed on this thread (see <see cref="Actor"/>'s constructor).</summary>
    [ThreadStatic]
    private static ActorCell? t_creating;

    private readonly ActorSystem _system;
    private readonly ActorPath _path;
    private readonly ActorCell? _parent;
    private readonly Props _props;

    /// <summary>User messages. Many producers, this cell's turn consumes.</summary>
    private MailboxQueue _mailbox = new();

    /// <summary>Pending system messages, newest first (a lock-free stack).</summary>
    private SystemMessage? _systemMessages;

    /// <summary>Combination of the *Flag constants; changed only with Interlocked operations.</summary>
    private int _status;

    private CellPhase _phase;

    /// <summary>True once the current message has been stashed, to refuse stashing it twice.</summary>
    private bool _currentStashed;

    /// <summary>The current actor instance; null before creation, during a restart and after stop.</summary>
    private Actor? _actor;

    /// <summary>The message being processed and its sender; kept across the awaits of an async handler.</summary>
    private object? _currentMessage;
    private IActorRef? _currentSender;

    /// <summary>Rarely used state, allocated on first use.</summary>
    private CellExtras? _extras;

    private ActorCell(ActorSystem system, ActorCell? parent, ActorPath path, Props props)
    {
        _system = system;
        _parent = parent;
        _path = path;
        _props = props;
    }

    /// <inheritdoc />
    public override ActorPath Path => _path;

    /// <inheritdoc />
    internal override ActorSystem System => _system;

    /// <summary>The parent cell; null only for the root guardian.</summary>
    internal ActorCell? Parent => _parent;

    /// <summary>The sender of the current message, or the dead-letter office when there is none.</summary>
    internal IActorRef Sender => _currentSender ?? _system.DeadLetters.Ref;

    private CellExtras Extras => _extras ??= new CellExtras();

    private bool IsAwaitingTask => (Volatile.Read(ref _status) & AwaitingTaskFlag) != 0;

    /// <summary>Creates the root guardian of <paramref name="system"/>.</summary>
    internal static ActorCell CreateRoot(ActorSystem system, Props props)
    {
        var root = new ActorCell(system, null, ActorPath.Root(system.Name), props);
        root.TrySchedule();
        return root;
    }

    /// <summary>Claims the cell being created on this thread; called once by <see cref="Actor"/>'s constructor.</summary>
    internal static ActorCell? TakeCreatingCell()
    {
        var cell = t_creating;
        t_creating = null;
        return cell;
    }

    /// <inheritdoc />
    public override void Tell(object message, IActorRef? sender = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        if ((Volatile.Read(ref _status) & ClosedFlag) != 0)
        {
            _system.DeadLetters.Publish(message, sender, this, DeadLetterReason.RecipientStopped);
            return;
        }

        _mailbox.Enqueue(message, sender);
        TrySchedule();
    }

    /// <inheritdoc />
    internal override void SendSystemMessage(SystemMessage message)
    {
        var head = Volatile.Read(ref _systemMessages);
        while (true)
        {
            message.Next = head;
            var seen = Interlocked.CompareExchange(ref _systemMessages, message, head);
            if (ReferenceEquals(seen, head)) break;
            head = seen;
        }
        TrySchedule();
    }

    /// <summary>Queues a mailbox turn unless one is queued or running, or an awaited task holds the mailbox.</summary>
    /// <param name="afterOwnTurn">
    /// True when a turn ends with work left: the mailbox then goes to the back of the pool's global
    /// (FIFO) queue, so a busy actor cannot starve others. A mailbox woken by a new message instead
    /// goes to the current worker's local queue, which keeps a message exchange on one warm core.
    /// </param>
    private void TrySchedule(bool afterOwnTurn = false)
    {
        var status = Volatile.Read(ref _status);
        while ((status & (ScheduledFlag | AwaitingTaskFlag)) == 0)
        {
            var seen = Interlocked.CompareExchange(ref _status, status | ScheduledFlag, status);
            if (seen == status)
            {
                ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: !afterOwnTurn);
                return;
            }
            status = seen;
        }
    }

    /// <summary>One mailbox turn, run by the thread pool; more turns in a row while mail is left and
    /// no other work waits for a thread.</summary>
    public void Execute()
    {
        var turns = 0;
        do
        {
            if ((Volatile.Read(ref _status) & ClosedFlag) != 0) DrainClosedMailbox();
            else RunTurn();
        }
        while (++turns < MaxTurnsInPlace && HasWorkToSchedule() && ThreadPool.PendingWorkItemCount == 0);

        // Release the turn, then look again: a producer that saw the flag set before we cleared it
        // relied on us to notice its message (both sides use full fences, so one of us sees the other).
        Interlocked.And(ref _status, ~ScheduledFlag);
        if (HasWorkToSchedule()) TrySchedule(afterOwnTurn: true);
    }

    private bool HasWorkToSchedule()
    {
        var status = Volatile.Read(ref _status);
        if ((status & AwaitingTaskFlag) != 0) return false;
        if (Volatile.Read(ref _systemMessages) is not null || _extras is { SystemBacklog: not null }) return true;
        if ((status & ClosedFlag) != 0) return _mailbox.HasMessages;
        if (_extras is { CompletedTask: not null }) return true;
        return _phase == CellPhase.Running && (_extras?.Unstashed is { Count: > 0 } || _mailbox.HasMessages);
    }
}
