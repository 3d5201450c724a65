using ActorMoo.Actors.World.Objects;
using ActorMoo.Runtime.Core;

namespace ActorMoo.Actors.World.Transactions;

/// <summary>
/// What a task does between a conflicting attempt and its re-run, so that a crowd of tasks on one
/// object does not re-run in lock step and collide again (a thundering herd):
/// <list type="bullet">
/// <item>when another task held an object, wait until that object is free (the re-run then reads
/// that task's result instead of meeting its reservation again);</item>
/// <item>after <see cref="WorldSettings.ConflictBackoffAfter"/> conflicts in a row, also wait a random
/// time between zero and an exponentially growing bound (<see cref="WorldSettings.ConflictBackoffBase"/>
/// doubled per further conflict, at most <see cref="WorldSettings.ConflictBackoffMax"/>; "full
/// jitter"). This also spreads out the crowd that a freed object wakes all at once.</item>
/// </list>
/// A first conflict on a changed version re-runs at once: it is usually won on the next attempt.
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

    /// <summary>Waits as described above after conflict number <paramref name="conflicts"/> (1 for the first) of a task.</summary>
    public async Task BeforeRerunAsync(CommitResult conflict, int conflicts, CancellationToken cancellationToken)
    {
        if (conflict.HeldObject is { } held)
            await AwaitFreeAsync(held, cancellationToken).ConfigureAwait(false);
        var delay = DelayAfter(conflicts, _objects.Settings, Random.Shared.NextDouble());
        if (delay > TimeSpan.Zero)
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
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
    /// Waits until the task that held <paramref name="held"/> has finished. The waiting task holds no
    /// reservation, so this cannot deadlock.
    /// </summary>
    private async Task AwaitFreeAsync(Scripting.Values.ObjectId held, CancellationToken cancellationToken)
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
