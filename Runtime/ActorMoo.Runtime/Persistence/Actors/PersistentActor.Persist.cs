using Microsoft.Extensions.Logging;

namespace ActorMoo.Runtime.Persistence;

public abstract partial class PersistentActor
{
    /// <summary>
    /// Writes <paramref name="event"/> to the journal and, once it is durable, applies it through its
    /// <see cref="OnEvent{TEvent}"/> handler. Await it from a <c>ReceiveAsync</c> handler: the actor
    /// handles no other message meanwhile. Returns true when the event was stored and applied; false
    /// when the write was rejected (the actor carries on) or failed (the actor is stopping).
    /// </summary>
    /// <exception cref="InvalidOperationException">Called during recovery, while another write of this actor is in flight, or for an event without a handler.</exception>
    protected Task<bool> PersistAsync(object @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        return PersistAllAsync([@event]);
    }

    /// <summary>
    /// Writes <paramref name="events"/> atomically (all or none) and applies them in order once durable;
    /// see <see cref="PersistAsync"/>.
    /// </summary>
    protected async Task<bool> PersistAllAsync(IReadOnlyList<object> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
            return true;
        if (_recovering)
            throw new InvalidOperationException($"'{PersistenceId}' cannot persist before its recovery has completed; persist from message handlers or OnRecoveryCompleted.");
        if (_persisting)
            throw new InvalidOperationException($"'{PersistenceId}' is already persisting; await each PersistAsync before the next.");
        foreach (var @event in events)
        {
            if (HandlerFor(@event.GetType()) is null)
                throw new InvalidOperationException($"{GetType().Name} has no OnEvent handler for {@event.GetType()}; register one before persisting it.");
        }

        var expected = LastSequenceNr;
        _persisting = true;
        try
        {
            await _persistence.Journal.WriteAsync(PersistenceId, expected, events).ConfigureAwait(false);
        }
        catch (WriteRejectedException rejected)
        {
            OnPersistRejected(rejected, events, expected + 1);
            return false;
        }
        catch (JournalException failed)
        {
            OnPersistFailure(failed, events, expected + 1);
            Context.Stop(Self);
            return false;
        }
        finally
        {
            _persisting = false;
        }

        ApplyAll(events, expected + 1);
        return true;
    }

    /// <summary>
    /// The journal refused the events before storing anything (e.g. an unregistered event type). The
    /// state is unchanged and the actor carries on. The default logs a warning.
    /// </summary>
    /// <param name="cause">Why the write was refused.</param>
    /// <param name="events">The events that were not stored.</param>
    /// <param name="sequenceNr">The sequence number the first of them would have had.</param>
    protected virtual void OnPersistRejected(Exception cause, IReadOnlyList<object> events, long sequenceNr) =>
        LogPersistRejected(Log, cause, PersistenceId, events.Count, sequenceNr);

    /// <summary>
    /// The write failed in the storage or met a sequence conflict (another writer wrote to this id).
    /// Whether the events are stored is unknown or the state is stale, so the actor stops after this
    /// call; its next incarnation recovers the truth from the journal. The default logs an error.
    /// </summary>
    /// <param name="cause">The storage failure or <see cref="SequenceConflictException"/>.</param>
    /// <param name="events">The events of the failed write.</param>
    /// <param name="sequenceNr">The sequence number the first of them would have had.</param>
    protected virtual void OnPersistFailure(Exception cause, IReadOnlyList<object> events, long sequenceNr) =>
        LogPersistFailed(Log, cause, PersistenceId, events.Count, sequenceNr);

    /// <summary>Applies durable events starting at <paramref name="firstSequenceNr"/>, then lets the snapshot policy act.</summary>
    private void ApplyAll(IReadOnlyList<object> events, long firstSequenceNr)
    {
        var before = LastSequenceNr;
        for (var i = 0; i < events.Count; i++)
            Apply(events[i], firstSequenceNr + i);
        if (SnapshotPolicy.IsDue(before, LastSequenceNr))
            StartSnapshot();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Write of {Count} events for '{PersistenceId}' from sequence number {SequenceNr} was rejected; the actor carries on")]
    private static partial void LogPersistRejected(ILogger logger, Exception exception, string persistenceId, int count, long sequenceNr);

    [LoggerMessage(Level = LogLevel.Error, Message = "Write of {Count} events for '{PersistenceId}' from sequence number {SequenceNr} failed; the actor stops")]
    private static partial void LogPersistFailed(ILogger logger, Exception exception, string persistenceId, int count, long sequenceNr);
}
