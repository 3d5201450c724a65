using ActorMoo.Actors.World.Verbs;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Tasks;

/// <summary>What a host call of a task's script gave back, as kept in its <see cref="ReplayEntry"/>.</summary>
public enum ReplayOutcome
{
    /// <summary>A value (<see cref="ReplayEntry.Value"/>).</summary>
    Value,

    /// <summary>A Lua error raised at the call (<see cref="ReplayEntry.Message"/>).</summary>
    Error,

    /// <summary>A nested verb call (<see cref="ReplayEntry.Call"/>).</summary>
    Call,

    /// <summary>The call had to wait where the script could not (inside a metamethod…): the script got an error instead.</summary>
    Dropped,

    /// <summary>A <c>suspend()</c> or <c>read()</c> that ended one transaction; <see cref="ReplayEntry.Value"/> is what it returned when the task woke.</summary>
    Wake,
}

/// <summary>
/// One host call a task's script made and what it got back. A task's entries, in order, are what
/// deterministic replay feeds a fresh run of the task so that it reaches the same point without
/// touching the world: each host call is checked against the next entry (same function, same
/// arguments) and answered from it.
/// </summary>
/// <param name="Function">The host function, e.g. <c>index</c>.</param>
/// <param name="Args">The arguments it was given, checked on replay.</param>
/// <param name="Outcome">What it gave back.</param>
public sealed record ReplayEntry(string Function, IReadOnlyList<MooValue> Args, ReplayOutcome Outcome)
{
    /// <summary>The value for <see cref="ReplayOutcome.Value"/> and <see cref="ReplayOutcome.Wake"/>.</summary>
    public MooValue Value { get; init; }

    /// <summary>The error for <see cref="ReplayOutcome.Error"/>.</summary>
    public string? Message { get; init; }

    /// <summary>The verb entered, for <see cref="ReplayOutcome.Call"/>.</summary>
    public LoggedCall? Call { get; init; }

    /// <summary>
    /// For <see cref="ReplayOutcome.Wake"/>: the task's verb frames (permissions, <c>caller</c>…) when
    /// it suspended, restored when replay reaches this point, since replayed calls change no frame.
    /// </summary>
    public IReadOnlyList<VerbFrame>? Frames { get; init; }

    /// <summary>A readable form for mismatch messages: <c>index(#12, "name")</c>.</summary>
    public string Describe() => Describe(Function, Args);

    /// <summary>A readable form of a call: <c>index(#12, "name")</c>.</summary>
    public static string Describe(string function, IReadOnlyList<MooValue> args) =>
        $"{function}({string.Join(", ", args.Select(a => a.ToString()))})";
}

/// <summary>A nested verb call as replay re-enters it: the verb's code (by key in the task's code table), its frame and arguments.</summary>
/// <param name="CodeKey">The key of the code in <see cref="TaskRecord.Codes"/>.</param>
/// <param name="Frame">The frame the call ran in.</param>
/// <param name="Args">The verb's arguments.</param>
public sealed record LoggedCall(string CodeKey, VerbFrame Frame, IReadOnlyList<MooValue> Args);

/// <summary>
/// Where a forked task was born: the index of its parent's <c>fork</c> entry, at which replay hands
/// the forked function to the child, and the parent's frames at that moment.
/// </summary>
/// <param name="Entry">The index of the <c>fork</c> call in the log.</param>
/// <param name="Frames">The verb frames when <c>fork</c> was called.</param>
public sealed record ForkPoint(int Entry, IReadOnlyList<VerbFrame> Frames);
