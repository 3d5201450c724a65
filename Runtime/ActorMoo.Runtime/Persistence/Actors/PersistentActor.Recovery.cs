using Microsoft.Extensions.Logging;

namespace ActorMoo.Runtime.Persistence;

public abstract partial class PersistentActor
{
    /// <summary>
    /// Loads the latest snapshot, replays the later events, and opens the mailbox. Runs as the actor's
    /// initialization task, so no message is handled before it completes. Any failure becomes a
    /// <see cref="RecoveryFailedException"/> and fails the actor's initialization.
    /// </summary>
    private async Task RecoverAsync()
    {
        var replayed = 0L;
        try
        {
            var snapshot = await _persistence.Snapshots.LoadAsync(PersistenceId).ConfigureAwait(false);
            if (snapshot is not null)
            {
                RestoreSnapshot(snapshot);
                _snapshotsKept.Enqueue(snapshot.Metadata.SequenceNr);
            }

            await foreach (var envelope in _persistence.Journal.ReadEventsAsync(PersistenceId, LastSequenceNr + 1).ConfigureAwait(false))
            {
                Apply(envelope.Event, envelope.SequenceNr);
                replayed++;
            }

            // Events may have been deleted without a snapshot covering them; new writes still go after the highest.
            if (replayed == 0)
                LastSequenceNr = Math.Max(LastSequenceNr, await _persistence.Journal.ReadHighestSequenceNrAsync(PersistenceId).ConfigureAwait(false));

            LogRecovered(Log, PersistenceId, snapshot?.Metadata.SequenceNr ?? 0, replayed, LastSequenceNr);
        }
        catch (Exception ex)
        {
            LogRecoveryFailed(Log, ex, PersistenceId, LastSequenceNr);
            throw new RecoveryFailedException(PersistenceId, LastSequenceNr, ex);
        }

        _recovering = false;
        // A long history replayed without a recent snapshot: take one now, so the next recovery is short.
        if (SnapshotPolicy.EveryEvents > 0 && replayed >= SnapshotPolicy.EveryEvents)
            StartSnapshot();
        OnRecoveryCompleted();
    }

    private void RestoreSnapshot(Snapshot snapshot)
    {
        var type = snapshot.State.GetType();
        var restore = _snapshotHandlers.FirstOrDefault(h => h.Type.IsAssignableFrom(type)).Restore
            ?? throw new InvalidOperationException($"{GetType().Name} has no OnSnapshot handler for {type} (persistence id '{PersistenceId}').");
        LastSequenceNr = snapshot.Metadata.SequenceNr;
        restore(snapshot.State);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Recovered '{PersistenceId}': snapshot at {SnapshotSequenceNr}, {Replayed} events replayed, now at {LastSequenceNr}")]
    private static partial void LogRecovered(ILogger logger, string persistenceId, long snapshotSequenceNr, long replayed, long lastSequenceNr);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recovery of '{PersistenceId}' failed after sequence number {LastSequenceNr}")]
    private static partial void LogRecoveryFailed(ILogger logger, Exception exception, string persistenceId, long lastSequenceNr);
}
