using ActorMoo.Actors.World.Tasks;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Sessions;

/// <summary>The world's task queue as the sessions' <see cref="ITaskInput"/>: typed lines go to tasks waiting in <c>read()</c>.</summary>
/// <param name="queue">The task queue of the verb executor (<c>VerbExecutor.Queue</c>).</param>
public sealed class TaskQueueInput(TaskQueue queue) : ITaskInput
{
    /// <inheritdoc />
    public Task? DeliverInput(ObjectId player, string line) => queue.DeliverInput(player, line);
}
