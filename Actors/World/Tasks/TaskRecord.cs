using ActorMoo.Actors.World.Verbs;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Tasks;

/// <summary>How a task began, enough to run it again from the start without reading the world.</summary>
/// <param name="Code">The top-level verb's code, as it was when the task started.</param>
/// <param name="Frame">The top-level verb's frame.</param>
/// <param name="Args">Its arguments.</param>
/// <param name="Command">The typed command it came from (or none).</param>
public sealed record TaskStart(VerbCode Code, VerbFrame Frame, IReadOnlyList<MooValue> Args, CommandContext Command);

/// <summary>Why a task waits.</summary>
public enum TaskWaitKind
{
    /// <summary>A forked task waiting for its delay.</summary>
    Forked,

    /// <summary>A task in <c>suspend()</c>: until its time comes, or forever when it gave none.</summary>
    Suspended,

    /// <summary>A task in <c>read()</c>, waiting for its player's next line.</summary>
    Reading,
}

/// <summary>
/// A waiting (queued or suspended) task as it is persisted: how it started, every host call its
/// script made up to the point where it waits, and why it waits. After a restart the task is run
/// again from <see cref="Start"/> with <see cref="Log"/> replayed, which brings it back to that point.
/// </summary>
/// <param name="Id">The task's id.</param>
/// <param name="Player">The task's player.</param>
/// <param name="Owner">Whose task it is for <c>kill_task</c> and <c>queued_tasks</c>: the programmer of the verb that suspended or forked.</param>
/// <param name="Start">How it started (a fork: how its parent started).</param>
/// <param name="Log">The host calls up to the wait, in order.</param>
/// <param name="ForkPoints">The entries at which replay takes the forked branch (one per generation of forks).</param>
/// <param name="Codes">The code of every verb the log enters, by key.</param>
/// <param name="Wait">Why it waits.</param>
/// <param name="Waiting">For a suspended or reading task: its <c>suspend</c>/<c>read</c> call (the wake value is added when it wakes).</param>
/// <param name="WakeAt">When it runs (null: only when resumed or given a line).</param>
/// <param name="Where">The verb frame where it waits, for <c>queued_tasks()</c>.</param>
public sealed record TaskRecord(
    long Id,
    ObjectId Player,
    ObjectId Owner,
    TaskStart Start,
    IReadOnlyList<ReplayEntry> Log,
    IReadOnlyList<ForkPoint> ForkPoints,
    IReadOnlyDictionary<string, VerbCode> Codes,
    TaskWaitKind Wait,
    ReplayEntry? Waiting,
    DateTimeOffset? WakeAt,
    VerbFrame Where);

/// <summary>A task's journal event: it waits, as <paramref name="Record"/> describes (the latest one counts).</summary>
/// <param name="Record">The task.</param>
public sealed record TaskSaved(TaskRecord Record)
{
    /// <summary>The stable manifest.</summary>
    public const string Manifest = "moo.task-saved.v1";
}

/// <summary>
/// A task's journal event: it left its wait and runs. Until it waits again (a new <see cref="TaskSaved"/>)
/// it is not brought back after a restart, so a crash can lose the rest of a task but never run a part
/// of it twice.
/// </summary>
/// <param name="Id">The task.</param>
public sealed record TaskResumed(long Id)
{
    /// <summary>The stable manifest.</summary>
    public const string Manifest = "moo.task-resumed.v1";
}

/// <summary>A task's journal event: it ran to its end, failed or was killed, and waits no more.</summary>
/// <param name="Id">The task.</param>
public sealed record TaskEnded(long Id)
{
    /// <summary>The stable manifest.</summary>
    public const string Manifest = "moo.task-ended.v1";
}
