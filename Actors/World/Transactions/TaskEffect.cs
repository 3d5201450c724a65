using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Transactions;

/// <summary>
/// Something a task does outside the object store — output to a player, a GMCP message, a forked
/// task. Effects are buffered in the transaction and released only when the task commits, so a
/// task that aborts or is re-run after a conflict never shows half its work.
/// </summary>
public abstract record TaskEffect;

/// <summary>A line of text for a player's connection (MOO's <c>notify</c>).</summary>
/// <param name="Player">The player.</param>
/// <param name="Text">The line.</param>
public sealed record NotifyEffect(ObjectId Player, string Text) : TaskEffect;

/// <summary>An out-of-band GMCP message for a player's client (e.g. <c>Room.Info</c>).</summary>
/// <param name="Player">The player.</param>
/// <param name="Package">The GMCP package and message name, e.g. <c>Char.Vitals</c>.</param>
/// <param name="Data">The payload, sent as JSON.</param>
public sealed record GmcpEffect(ObjectId Player, string Package, MooValue Data) : TaskEffect;

/// <summary>Where committed tasks' effects go: the session layer delivers output, the scheduler starts forks.</summary>
public interface ITaskEffectSink
{
    /// <summary>Delivers the effects of a task that has just committed, in the order the task made them.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="effects">Its effects; never empty.</param>
    void Release(long taskId, IReadOnlyList<TaskEffect> effects);
}
