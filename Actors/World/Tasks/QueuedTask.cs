using ActorMoo.Actors.World.Verbs;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Tasks;

/// <summary>A waiting task as <c>queued_tasks()</c> and operators see it.</summary>
/// <param name="Id">The task's id.</param>
/// <param name="Wait">Why it waits.</param>
/// <param name="Owner">Whose it is: the programmer of the verb that forked or suspended it.</param>
/// <param name="Player">The task's player.</param>
/// <param name="Where">The verb it waits in.</param>
/// <param name="WakeAt">When it runs next (null: when resumed or given a line).</param>
public sealed record QueuedTask(long Id, TaskWaitKind Wait, ObjectId Owner, ObjectId Player, VerbFrame Where, DateTimeOffset? WakeAt)
{
    /// <summary>
    /// The map a verb gets: <c>id</c>, <c>kind</c> (<c>fork</c>, <c>suspended</c>, <c>reading</c>),
    /// <c>wake_time</c> (seconds since 1970, absent when none), <c>owner</c>, <c>player</c>,
    /// <c>this</c>, <c>verb</c> and <c>definer</c>.
    /// </summary>
    public MooValue ToValue()
    {
        var entries = new Dictionary<MooValue, MooValue>
        {
            ["id"] = Id,
            ["kind"] = Wait switch { TaskWaitKind.Forked => "fork", TaskWaitKind.Suspended => "suspended", _ => "reading" },
            ["owner"] = Owner,
            ["player"] = Player,
            ["this"] = Where.This,
            ["verb"] = Where.VerbName,
            ["definer"] = Where.Definer,
        };
        if (WakeAt is { } wake)
            entries["wake_time"] = wake.ToUnixTimeSeconds();
        return MooValue.Map(entries);
    }
}
