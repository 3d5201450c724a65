using ActorMoo.Actors.World.Objects;
using ActorMoo.Runtime.Core;
using ActorMoo.Scripting.Values;
using static ActorMoo.Actors.World.Objects.ObjectProtocol;

namespace ActorMoo.Actors.World.Transactions;

/// <summary>
/// Validates objects a task only read, without reserving them (Silo's read-set validation): each
/// must still be at the version the task read — the whole version if it used the object's contents or
/// children list, else the core version — and must not be held by another committing task (unless
/// that task only changes the lists and this one did not use them). All objects are asked at once;
/// the first failure decides.
/// </summary>
/// <remarks>
/// Checking the reservation as well as the version matters: a task holding the object may already
/// have written a newer state to the journal that the object has not installed yet, so an
/// unchanged version alone does not prove the read is still current.
/// </remarks>
internal sealed class ReadSetValidator
{
    private readonly WorldObjects _objects;

    /// <summary>Creates the validator over the world's objects.</summary>
    public ReadSetValidator(WorldObjects objects) => _objects = objects;

    /// <summary>
    /// <see cref="CommitResult.Committed"/> when every object in <paramref name="reads"/> is at its
    /// version and unheld by any task but <paramref name="attemptId"/>; otherwise a conflict naming
    /// the first failure (and the object to wait for, when another task holds it).
    /// </summary>
    public async Task<CommitResult> ValidateAsync(IReadOnlyCollection<KeyValuePair<ObjectId, ReadEntry>> reads, long attemptId, CancellationToken cancellationToken)
    {
        if (reads.Count == 0)
            return CommitResult.Committed;
        var replies = await Task.WhenAll(reads.Select(read => AskAsync(read.Key, attemptId, read.Value, cancellationToken))).ConfigureAwait(false);
        foreach (var reply in replies)
        {
            if (reply is ValidationFailed failed)
                return CommitResult.Conflict(failed.Reason, failed.Id, failed.HeldByAnotherTask);
        }
        return CommitResult.Committed;
    }

    private async Task<object> AskAsync(ObjectId id, long attemptId, ReadEntry read, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await _objects.ValidateAsync(id, attemptId, read.ExpectedVersion, read.Scope, cancellationToken).ConfigureAwait(false);
            return reply is Validated or ValidationFailed
                ? reply
                : new ValidationFailed(id, $"{id} answered the validation with {reply.GetType().Name}");
        }
        catch (Exception ex) when (ex is AskTimeoutException or ActorTerminatedException)
        {
            return new ValidationFailed(id, $"{id} did not answer the validation in time");
        }
    }
}
