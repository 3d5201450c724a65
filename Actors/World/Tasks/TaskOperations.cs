using ActorMoo.Actors.World.Verbs;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Tasks;

/// <summary>
/// The operations a task's run waits on beyond object replies (<see cref="PendingWorldCall"/>): the
/// task-control calls that end a transaction, and the points of a replay where the scheduler steps in.
/// </summary>
internal abstract record TaskOperation;

/// <summary><c>suspend(seconds)</c>: commit the work so far and continue after <paramref name="Delay"/> (null: when resumed).</summary>
internal sealed record SuspendRequest(TimeSpan? Delay, IReadOnlyList<VerbFrame> Frames) : TaskOperation;

/// <summary><c>read()</c>: commit the work so far and continue with the player's next line.</summary>
internal sealed record ReadRequest(IReadOnlyList<VerbFrame> Frames) : TaskOperation;

/// <summary>A forked task's function returned (or raised <paramref name="Error"/>): the task ends here.</summary>
internal sealed record ForkFinished(string? Error) : TaskOperation;

/// <summary>Replay reached a <c>suspend</c>/<c>read</c> the task woke from: restore its frames, renew the budget, go on with <paramref name="Value"/>.</summary>
internal sealed record ReplayedWake(MooValue Value, IReadOnlyList<VerbFrame> Frames) : TaskOperation;

/// <summary>Replay reached the <c>fork</c> this task was born at: restore the frames, renew the budget, run the forked function.</summary>
internal sealed record ReplayedFork(MooValue Value, IReadOnlyList<VerbFrame> Frames) : TaskOperation;

/// <summary>Replay found the script doing something else than the log says; the task fails with <see cref="TaskLog.Divergence"/>.</summary>
internal sealed record ReplayDiverged : TaskOperation
{
    /// <summary>The only instance.</summary>
    public static ReplayDiverged Instance { get; } = new();
}

/// <summary>A fork made by a task, started when the task's transaction commits.</summary>
/// <param name="Id">The new task's id, already given to the parent.</param>
/// <param name="Delay">How long after the commit it runs.</param>
/// <param name="Point">Where in the parent's log it was born.</param>
internal sealed record ForkRequest(long Id, TimeSpan Delay, ForkPoint Point);
