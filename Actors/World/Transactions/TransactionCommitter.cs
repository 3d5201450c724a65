using ActorMoo.Actors.World.Objects;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Scripting.Values;
using static ActorMoo.Actors.World.Objects.ObjectProtocol;

namespace ActorMoo.Actors.World.Transactions;

/// <summary>
/// Commits a <see cref="WorldTransaction"/> with optimistic concurrency and a two-phase commit
/// over the touched object actors (DESIGN §4):
/// <list type="number">
/// <item>prepare every object the task read or wrote, in ascending id order, each checking that it
/// is still at the version the task read and reserving it (a reserved object refuses at once);</item>
/// <item>write every written object's events in ONE atomic journal write, each with the sequence
/// number its prepare reported — the journal refuses the whole write if any is stale;</item>
/// <item>install the events on each written object and release the others.</item>
/// </list>
/// A read-only task writes nothing: it only re-reads its read set to check that it saw one
/// consistent moment. Any refusal releases what was reserved and reports a conflict.
/// </summary>
public sealed class TransactionCommitter
{
    /// <summary>Releases that reload no object.</summary>
    private static readonly IReadOnlySet<string> NoReload = new HashSet<string>();

    private readonly WorldObjects _objects;
    private readonly EventJournal _journal;

    /// <summary>Creates the committer over the world's objects and journal.</summary>
    public TransactionCommitter(WorldObjects objects, EventJournal journal)
    {
        ArgumentNullException.ThrowIfNull(objects);
        ArgumentNullException.ThrowIfNull(journal);
        _objects = objects;
        _journal = journal;
    }

    /// <summary>Commits <paramref name="transaction"/>; never throws for conflicts or journal failures.</summary>
    public async Task<CommitResult> CommitAsync(WorldTransaction transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var writes = transaction.Writes;
        if (writes.Count == 0)
            return await ValidateReadsAsync(transaction, cancellationToken).ConfigureAwait(false);

        var reads = transaction.ReadVersions;
        var touched = reads.Keys.Order().ToList();
        var sequenceNrs = new Dictionary<ObjectId, long>();
        foreach (var id in touched)
        {
            object reply;
            try
            {
                reply = await _objects.PrepareAsync(id, transaction.AttemptId, reads[id], cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is AskTimeoutException or ActorTerminatedException)
            {
                reply = new PrepareRefused(id, $"{id} did not answer the prepare in time");
            }
            if (reply is not Prepared prepared)
            {
                // The unanswered one may have been reserved after all: release it too.
                await ReleaseAllAsync([.. sequenceNrs.Keys, id], transaction.AttemptId, reload: NoReload, cancellationToken).ConfigureAwait(false);
                return reply is PrepareRefused refused
                    ? CommitResult.Conflict(refused.Reason, refused.HeldByAnotherTask ? id : null)
                    : CommitResult.Conflict($"{id} answered the prepare with {reply.GetType().Name}");
            }
            sequenceNrs[id] = prepared.SequenceNr;
        }

        var entities = writes.OrderBy(w => w.Key)
            .Select(w => new EntityWrite(ObjectActor.PersistenceIdOf(w.Key), sequenceNrs[w.Key], w.Value))
            .ToList();
        try
        {
            await _journal.WriteAsync(new AtomicWrite(entities)).ConfigureAwait(false);
        }
        catch (SequenceConflictException conflict)
        {
            // The objects' states are older than the journal (an install that never arrived): reload them.
            var stale = conflict.Conflicts.Select(c => c.PersistenceId).ToHashSet(StringComparer.Ordinal);
            await ReleaseAllAsync(touched, transaction.AttemptId, stale, cancellationToken).ConfigureAwait(false);
            return CommitResult.Conflict($"the journal holds newer events for {string.Join(", ", stale)}");
        }
        catch (WriteRejectedException rejected)
        {
            await ReleaseAllAsync(touched, transaction.AttemptId, reload: NoReload, cancellationToken).ConfigureAwait(false);
            return CommitResult.Failed($"the changes could not be saved: {rejected.Message}");
        }
        catch (JournalException failed)
        {
            // The write may or may not be stored: every written object reloads the truth from the journal.
            var written = entities.Select(e => e.PersistenceId).ToHashSet(StringComparer.Ordinal);
            await ReleaseAllAsync(touched, transaction.AttemptId, written, cancellationToken).ConfigureAwait(false);
            return CommitResult.Failed($"saving the changes failed and may not have happened: {failed.Message}");
        }

        var finishing = new List<Task>(touched.Count);
        foreach (var id in touched)
        {
            finishing.Add(writes.TryGetValue(id, out var events)
                ? _objects.InstallAsync(id, transaction.AttemptId, new PersistedEvents(ObjectActor.PersistenceIdOf(id), sequenceNrs[id] + 1, events), cancellationToken)
                : _objects.ReleaseAsync(id, transaction.AttemptId, reload: false, cancellationToken));
        }
        await WhenAllIgnoringFailuresAsync(finishing).ConfigureAwait(false);
        return CommitResult.Committed;
    }

    /// <summary>
    /// True when every object the task read is still at the version it saw: what a read-only task
    /// commits by, and how a failed task tells a real error from one caused by an inconsistent view.
    /// </summary>
    public async Task<CommitResult> ValidateReadsAsync(WorldTransaction transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var reads = transaction.ReadVersions;
        // One object is always a consistent moment.
        if (reads.Count <= 1)
            return CommitResult.Committed;
        var current = await Task.WhenAll(reads.Keys.Select(id => _objects.ReadAsync(id, cancellationToken))).ConfigureAwait(false);
        foreach (var read in current)
        {
            if (read.Version != reads[read.Id])
                return CommitResult.Conflict($"{read.Id} changed from version {reads[read.Id]} to {read.Version} while the task ran");
        }
        return CommitResult.Committed;
    }

    private async Task ReleaseAllAsync(IEnumerable<ObjectId> ids, long attemptId, IReadOnlySet<string> reload, CancellationToken cancellationToken)
    {
        var releases = ids.Select(id => (Task)_objects.ReleaseAsync(id, attemptId, reload.Contains(ObjectActor.PersistenceIdOf(id)), cancellationToken));
        await WhenAllIgnoringFailuresAsync(releases).ConfigureAwait(false);
    }

    /// <summary>
    /// Waits for every install or release. One that fails (timeout, stopped actor) is not retried:
    /// the reservation expires on its own and the object reloads the durable truth from the journal.
    /// </summary>
    private static async Task WhenAllIgnoringFailuresAsync(IEnumerable<Task> tasks)
    {
        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is AskTimeoutException or ActorTerminatedException or OperationCanceledException)
        {
            // See the summary: nothing to undo, the object recovers by itself.
        }
    }
}
