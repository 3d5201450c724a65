using ActorMoo.Runtime.Core;

namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// An actor whose state is the sum of its events. On start it recovers: loads its latest snapshot,
/// replays the later events through its <see cref="OnEvent{TEvent}"/> handlers, and only then takes
/// messages (they wait in the mailbox meanwhile). Command handlers persist new events with
/// <see cref="PersistAsync"/>; each event is applied only after it is durable.
/// </summary>
/// <remarks>
/// <para>Register event handlers with <see cref="OnEvent{TEvent}"/> and snapshot restorers with
/// <see cref="OnSnapshot{TState}"/> in the constructor, next to the <c>Receive</c> handlers. The same
/// event handlers serve recovery, the actor's own writes and events written for it by others
/// (<see cref="ApplyPersisted"/>), so state changes live in one place.</para>
/// <para>Persist from <c>ReceiveAsync</c> handlers and await it: the mailbox waits, so commands are
/// handled one at a time against durable state, as Akka's <c>Persist</c>. Write outcomes follow Akka:
/// a rejected write (e.g. an unregistered event type) calls <see cref="OnPersistRejected"/> and the
/// actor carries on; a failed write or a sequence conflict calls <see cref="OnPersistFailure"/> and
/// the actor stops, because its state can no longer be trusted; recovery replays the truth.</para>
/// </remarks>
public abstract partial class PersistentActor : Actor
{
    private readonly PersistenceRuntime _persistence;

    /// <summary>Event handlers in registration order; the first whose type matches applies the event.</summary>
    private readonly List<(Type Type, Action<object> Apply)> _eventHandlers = [];

    /// <summary>Snapshot restorers in registration order.</summary>
    private readonly List<(Type Type, Action<object> Restore)> _snapshotHandlers = [];

    /// <summary>The handler chosen for each event type seen, so lookups after the first are one dictionary hit.</summary>
    private readonly Dictionary<Type, Action<object>?> _eventHandlerCache = [];

    /// <summary>True from construction until recovery has completed.</summary>
    private bool _recovering = true;

    /// <summary>True while a write of this actor is on its way to the journal.</summary>
    private bool _persisting;

    /// <summary>Creates the actor over the process's journal and snapshot store.</summary>
    protected PersistentActor(PersistenceRuntime persistence)
    {
        ArgumentNullException.ThrowIfNull(persistence);
        _persistence = persistence;
    }

    /// <summary>The stable id of this actor's events and snapshots, e.g. <c>object-123</c>. Must not change.</summary>
    public abstract string PersistenceId { get; }

    /// <summary>The sequence number of the last event applied to the state (0 for none).</summary>
    protected long LastSequenceNr { get; private set; }

    /// <summary>True while the actor is still replaying its history.</summary>
    protected bool IsRecovering => _recovering;

    /// <summary>The journal, snapshot store and default policy this actor uses.</summary>
    protected PersistenceRuntime Persistence => _persistence;

    /// <summary>When this actor saves snapshots on its own; by default the runtime's policy.</summary>
    protected virtual SnapshotPolicy SnapshotPolicy => _persistence.SnapshotPolicy;

    /// <summary>
    /// Registers how an event of type <typeparamref name="TEvent"/> changes the state. Runs during
    /// recovery, after the actor's own writes and for <see cref="ApplyPersisted"/>; never persist or
    /// send from it, only change state.
    /// </summary>
    protected void OnEvent<TEvent>(Action<TEvent> apply)
    {
        ArgumentNullException.ThrowIfNull(apply);
        _eventHandlers.Add((typeof(TEvent), e => apply((TEvent)e)));
        _eventHandlerCache.Clear();
    }

    /// <summary>Registers how a snapshot of type <typeparamref name="TState"/> restores the state at the start of recovery.</summary>
    protected void OnSnapshot<TState>(Action<TState> restore)
    {
        ArgumentNullException.ThrowIfNull(restore);
        _snapshotHandlers.Add((typeof(TState), s => restore((TState)s)));
    }

    /// <summary>
    /// The state to snapshot now, as an immutable value of a registered type, or null for none. Called
    /// by the snapshot policy and by <see cref="SaveSnapshotAsync"/>. The default takes no snapshots.
    /// </summary>
    protected virtual object? CreateSnapshot() => null;

    /// <summary>Starts recovery. Sealed so no subclass can skip it; put start-up work in <see cref="OnRecoveryCompleted"/>.</summary>
    protected sealed override void PreStart() => Context.RunTask(RecoverAsync);

    /// <summary>Called once the state is recovered, before the first message is handled.</summary>
    protected virtual void OnRecoveryCompleted()
    {
    }

    /// <summary>Applies <paramref name="event"/> as the event with <paramref name="sequenceNr"/>.</summary>
    private void Apply(object @event, long sequenceNr)
    {
        var apply = HandlerFor(@event.GetType())
            ?? throw new InvalidOperationException($"{GetType().Name} has no OnEvent handler for {@event.GetType()} (persistence id '{PersistenceId}').");
        LastSequenceNr = sequenceNr;
        apply(@event);
    }

    private Action<object>? HandlerFor(Type type)
    {
        if (!_eventHandlerCache.TryGetValue(type, out var apply))
        {
            apply = _eventHandlers.FirstOrDefault(h => h.Type.IsAssignableFrom(type)).Apply;
            _eventHandlerCache[type] = apply;
        }
        return apply;
    }
}
