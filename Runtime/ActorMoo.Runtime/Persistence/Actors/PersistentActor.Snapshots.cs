using Microsoft.Extensions.Logging;

namespace ActorMoo.Runtime.Persistence;

public abstract partial class PersistentActor
{
    /// <summary>
    /// Sequence numbers of the snapshots this incarnation knows to exist or is saving, oldest first;
    /// those beyond <see cref="SnapshotPolicy.Keep"/> are deleted once a newer save succeeds.
    /// </summary>
    private readonly Queue<long> _snapshotsKept = new();

    /// <summary>
    /// Saves a snapshot of the current state now (from <see cref="CreateSnapshot"/>) and completes when it
    /// is durable and older snapshots are cleaned up. Returns false when the actor has no snapshot to give.
    /// </summary>
    protected async Task<bool> SaveSnapshotAsync()
    {
        var save = TrySaveSnapshot();
        if (save is null)
            return false;
        await save.ConfigureAwait(false);
        return true;
    }

    /// <summary>Called by the snapshot policy: saves in the background so the actor keeps handling messages.</summary>
    private void StartSnapshot()
    {
        var save = TrySaveSnapshot();
        if (save is null)
            return;
        _ = save.ContinueWith(
            static (task, state) =>
            {
                var (logger, id) = ((ILogger, string))state!;
                LogSnapshotFailed(logger, task.Exception!.GetBaseException(), id);
            },
            (Log, PersistenceId),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>
    /// Starts saving the state at <see cref="LastSequenceNr"/>. The state is serialized before this
    /// returns, so the actor may change it at once; everything after that runs without touching the actor.
    /// </summary>
    private Task? TrySaveSnapshot()
    {
        var state = CreateSnapshot();
        if (state is null)
            return null;
        var sequenceNr = LastSequenceNr;
        var policy = SnapshotPolicy;
        var save = _persistence.Snapshots.SaveAsync(PersistenceId, sequenceNr, state);
        // A second snapshot at the same sequence number replaces the first: it is still one snapshot.
        if (_snapshotsKept.LastOrDefault(-1) != sequenceNr)
            _snapshotsKept.Enqueue(sequenceNr);
        long? deleteUpTo = null;
        while (_snapshotsKept.Count > policy.Keep)
            deleteUpTo = _snapshotsKept.Dequeue();
        return CleanUpAfterAsync(save, sequenceNr, deleteUpTo, policy.DeleteEventsCovered);
    }

    private async Task CleanUpAfterAsync(Task<SnapshotMetadata> save, long sequenceNr, long? deleteSnapshotsUpTo, bool deleteEvents)
    {
        await save.ConfigureAwait(false);
        if (deleteSnapshotsUpTo is { } upTo)
            await _persistence.Snapshots.DeleteAsync(PersistenceId, SnapshotCriteria.UpTo(upTo)).ConfigureAwait(false);
        if (deleteEvents)
            await _persistence.Journal.DeleteEventsToAsync(PersistenceId, sequenceNr).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Snapshot of '{PersistenceId}' failed; recovery replays more events until the next one succeeds")]
    private static partial void LogSnapshotFailed(ILogger logger, Exception exception, string persistenceId);
}
