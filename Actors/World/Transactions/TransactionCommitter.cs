using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Scripting.Values;
using static ActorMoo.Actors.World.Objects.ObjectProtocol;

namespace ActorMoo.Actors.World.Transactions;

/// <summary>
/// Commits a <see cref="WorldTransaction"/> with optimistic concurrency, after Silo (Tu et al.,
/// SOSP'13), over the touched object actors (DESIGN §4):
/// <list type="number">
/// <item>prepare (reserve) every object the task WRITES, in ascending id order, each checking that
/// it is still at the version the task read (a reserved object refuses at once, so no deadlock). An
/// object that only gains or loses members (<see cref="MembershipDeltas"/>) and whose lists the task
/// did not use is checked on its core version only and waits its turn instead of being refused:
/// membership changes commute, and the member's own location or parents, written in the same task,
/// carry the conflict;</item>
/// <item>validate every object the task only READ, all at once and without reserving it: still at
/// the version read and not held by another task (<see cref="ReadSetValidator"/>);</item>
/// <item>write every written object's events in ONE atomic journal write, each with the sequence
/// number its prepare reported — the journal refuses the whole write if any is stale;</item>
/// <item>install the events on each written object, which ends its reservation.</item>
/// </list>
/// Objects that every task reads but few write (a shared parent, a verb's owner, the player) are
/// thus never reserved, so they do not serialize the writers. A read-only task writes nothing: it
/// only validates its read set. Any refusal releases what was reserved and reports a conflict.
/// docs/tasks-and-transactions.md argues why this is serializable.
/// </summary>
public sealed class TransactionCommitter
{
    /// <summary>Releases that reload no object.</summary>
    private static readonly IReadOnlySet<string> NoReload = new HashSet<string>();

    private readonly WorldObjects _objects;
    private readonly EventJournal _journal;
    private readonly ReadSetValidator _validator;

    /// <summary>Creates the committer over the world's objects and journal.</summary>
    public TransactionCommitter(WorldObjects objects, EventJournal journal)
    {
        ArgumentNullException.ThrowIfNull(objects);
        ArgumentNullException.ThrowIfNull(journal);
        _objects = objects;
        _journal = journal;
        _validator = new ReadSetValidator(objects);
    }

    /// <summary>Commits <paramref name="transaction"/>; never throws for conflicts or journal failures.</summary>
    public async Task<CommitResult> CommitAsync(WorldTransaction transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var writes = transaction.Writes;
        if (writes.Count == 0)
            return await ValidateReadsAsync(transaction, cancellationToken).ConfigureAwait(false);

        // Every written object was read first (the transaction reads a target before applying to it).
        var reads = transaction.Reads;
        var written = writes.Keys.Order().ToList();
        var sequenceNrs = new Dictionary<ObjectId, long>(written.Count);
        foreach (var id in written)
        {
            object reply;
            var read = reads[id];
            var membershipOnly = !read.MembershipRead && MembershipDeltas.AreAll(writes[id]);
            try
            {
                reply = await _objects.PrepareAsync(id, transaction.AttemptId, read.ExpectedVersion, read.Scope, membershipOnly, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is AskTimeoutException or ActorTerminatedException)
            {
                reply = new PrepareRefused(id, $"{id} did not answer the prepare in time");
            }
            catch (OperationCanceledException)
            {
                // The unanswered one may have been reserved (or queued) after all: give everything back.
                await ReleaseAllAsync([.. sequenceNrs.Keys, id], transaction.AttemptId, reload: NoReload, CancellationToken.None).ConfigureAwait(false);
                throw;
            }
            if (reply is not Prepared prepared)
            {
                // The unanswered one may have been reserved after all: release it too.
                await ReleaseAllAsync([.. sequenceNrs.Keys, id], transaction.AttemptId, reload: NoReload, cancellationToken).ConfigureAwait(false);
                return reply is PrepareRefused refused
                    ? CommitResult.Conflict(refused.Reason, id, refused.HeldByAnotherTask)
                    : CommitResult.Conflict($"{id} answered the prepare with {reply.GetType().Name}", id);
            }
            sequenceNrs[id] = prepared.SequenceNr;
        }

        // Only now, with the write set held, are the read-only objects checked: see the proof in the docs.
        var readOnly = reads.Where(r => !writes.ContainsKey(r.Key)).ToList();
        var validation = await _validator.ValidateAsync(readOnly, transaction.AttemptId, cancellationToken).ConfigureAwait(false);
        if (validation.Status != CommitStatus.Committed)
        {
            await ReleaseAllAsync(written, transaction.AttemptId, reload: NoReload, cancellationToken).ConfigureAwait(false);
            return validation;
        }

        var entities = written
            .Select(id => new EntityWrite(ObjectActor.PersistenceIdOf(id), sequenceNrs[id], writes[id]))
            .ToList();
        try
        {
            await _journal.WriteAsync(new AtomicWrite(entities)).ConfigureAwait(false);
        }
        catch (SequenceConflictException conflict)
        {
            // The objects' states are older than the journal (an install that never arrived): reload them.
            var stale = conflict.Conflicts.Select(c => c.PersistenceId).ToHashSet(StringComparer.Ordinal);
            await ReleaseAllAsync(written, transaction.AttemptId, stale, cancellationToken).ConfigureAwait(false);
            return CommitResult.Conflict($"the journal holds newer events for {string.Join(", ", stale)}");
        }
        catch (WriteRejectedException rejected)
        {
            await ReleaseAllAsync(written, transaction.AttemptId, reload: NoReload, cancellationToken).ConfigureAwait(false);
            return CommitResult.Failed($"the changes could not be saved: {rejected.Message}");
        }
        catch (JournalException failed)
        {
            // The write may or may not be stored: every written object reloads the truth from the journal.
            var uncertain = entities.Select(e => e.PersistenceId).ToHashSet(StringComparer.Ordinal);
            await ReleaseAllAsync(written, transaction.AttemptId, uncertain, cancellationToken).ConfigureAwait(false);
            return CommitResult.Failed($"saving the changes failed and may not have happened: {failed.Message}");
        }

        var installs = written.Select(id => (Task)_objects.InstallAsync(id, transaction.AttemptId,
            new PersistedEvents(ObjectActor.PersistenceIdOf(id), sequenceNrs[id] + 1, writes[id]), cancellationToken));
        await WhenAllIgnoringFailuresAsync(installs).ConfigureAwait(false);
        return CommitResult.Committed;
    }

    /// <summary>
    /// True when every object the task read is still at the version it saw and no other task is
    /// committing it: what a read-only task commits by, and how a failed task tells a real error from
    /// one caused by an inconsistent view. Checking reservations keeps a read-only task from
    /// committing on a half-installed commit (one object already installed, another not yet).
    /// </summary>
    public async Task<CommitResult> ValidateReadsAsync(WorldTransaction transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var reads = transaction.Reads;
        // One object is always a consistent moment: reads return installed, committed states only.
        if (reads.Count <= 1)
            return CommitResult.Committed;
        return await _validator.ValidateAsync([.. reads], transaction.AttemptId, cancellationToken).ConfigureAwait(false);
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
