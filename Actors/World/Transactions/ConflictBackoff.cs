using ActorMoo.Actors.World.Objects;
using ActorMoo.Runtime.Core;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Transactions;

/// <summary>
/// What a task does between a conflicting attempt and its re-run, so that a crowd of tasks on one
/// object does not re-run in lock step and collide again (a thundering herd):
/// <list type="bullet">
/// <item>take the task's turn on the object it conflicted on (<see cref="ObjectProtocol.TakeTurn"/>):
/// tasks that conflicted on one object re-run one after the other, first come first served, so
/// none of them starves. The task keeps the turn while it conflicts on the same object again and
/// gives it up for a turn on another one (it never holds two, so turns cannot deadlock); the caller
/// ends it when the task ends, whichever way;</item>
/// <item>when another task held an object, wait until that object is free (the re-run then reads
/// that task's result instead of meeting its reservation again);</item>
/// <item>without a turn (the conflict named no object, or the turn did not come in time): after
/// <see cref="WorldSettings.ConflictBackoffAfter"/> conflicts in a row, wait a random time between
/// zero and an exponentially growing bound (<see cref="WorldSettings.ConflictBackoffBase"/> doubled
/// per further conflict, at most <see cref="WorldSettings.ConflictBackoffMax"/>; "full jitter").</item>
/// </list>
/// </summary>
internal sealed class ConflictBackoff
{
    private readonly WorldObjects _objects;
    private readonly TimeProvider _time;

    /// <summary>Creates the back-off over the world's objects, sleeping on <paramref name="time"/>.</summary>
    public ConflictBackoff(WorldObjects objects, TimeProvider time)
    {
        _objects = objects;
        _time = time;
    }

    /// <summary>
    /// Waits as described above after conflict number <paramref name="conflicts"/> (1 for the first)
    /// of task <paramref name="taskId"/>, which holds the turn <paramref name="turn"/> (or none);
    /// returns the turn it holds now. The caller must end that turn (<see cref="WorldObjects.EndTurn"/>)
    /// when the task ends.
    /// </summary>
    public async Task<ObjectId?> BeforeRerunAsync(CommitResult conflict, int conflicts, long taskId, ObjectId? turn, CancellationToken cancellationToken)
    {
        if (conflict.ConflictObject is { } contested && contested != turn)
        {
            if (turn is { } previous)
                _objects.EndTurn(previous, taskId);
            turn = await TakeTurnAsync(contested, taskId, cancellationToken).ConfigureAwait(false);
        }
        if (conflict.HeldObject is { } held)
            await AwaitFreeAsync(held, cancellationToken).ConfigureAwait(false);
        if (turn is not null)
            return turn;
        var delay = DelayAfter(conflicts, _objects.Settings, Random.Shared.NextDouble());
        if (delay > TimeSpan.Zero)
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// The back-off delay after conflict number <paramref name="conflicts"/>: zero up to the threshold,
    /// then <paramref name="random"/> (in [0, 1)) times the capped exponential bound.
    /// </summary>
    internal static TimeSpan DelayAfter(int conflicts, WorldSettings settings, double random)
    {
        var beyond = conflicts - settings.ConflictBackoffAfter;
        if (beyond <= 0 || settings.ConflictBackoffBase <= TimeSpan.Zero)
            return TimeSpan.Zero;
        var doublings = Math.Min(beyond - 1, 30);
        var bound = Math.Min(settings.ConflictBackoffBase.Ticks * (1L << doublings), settings.ConflictBackoffMax.Ticks);
        return TimeSpan.FromTicks((long)(bound * random));
    }

    /// <summary>
    /// Waits for the task's turn on <paramref name="contested"/>: the object, or null when the turn
    /// did not come in time (the task re-runs anyway, out of turn) or the wait was cancelled. Either
    /// way a task that stops waiting leaves the queue, so it never stalls the tasks behind it.
    /// </summary>
    private async Task<ObjectId?> TakeTurnAsync(ObjectId contested, long taskId, CancellationToken cancellationToken)
    {
        try
        {
            await _objects.TakeTurnAsync(contested, taskId, cancellationToken).ConfigureAwait(false);
            return contested;
        }
        catch (AskTimeoutException)
        {
            _objects.EndTurn(contested, taskId);
            return null;
        }
        catch (OperationCanceledException)
        {
            _objects.EndTurn(contested, taskId);
            throw;
        }
    }

    /// <summary>
    /// Waits until the task that held <paramref name="held"/> has finished. The waiting task holds no
    /// reservation, so this cannot deadlock.
    /// </summary>
    private async Task AwaitFreeAsync(ObjectId held, CancellationToken cancellationToken)
    {
        try
        {
            await _objects.AwaitFreeAsync(held, cancellationToken).ConfigureAwait(false);
        }
        catch (AskTimeoutException)
        {
            // Re-run anyway: the next attempt either succeeds or waits again.
        }
    }
}
