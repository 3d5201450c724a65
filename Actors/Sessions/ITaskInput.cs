using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Sessions;

/// <summary>
/// Where a session offers a typed line before treating it as a command: a task of the player waiting
/// in <c>read()</c> takes it (LambdaMOO: input goes to a reading task first). The task scheduler
/// implements it; <see cref="None"/> is used while no task ever reads.
/// </summary>
public interface ITaskInput
{
    /// <summary>Gives <paramref name="line"/> to a task of <paramref name="player"/> waiting in <c>read()</c>; false when none waits.</summary>
    bool TryDeliverInput(ObjectId player, string line);

    /// <summary>No task reads: every line is a command.</summary>
    public static ITaskInput None { get; } = new NoReaders();

    private sealed class NoReaders : ITaskInput
    {
        public bool TryDeliverInput(ObjectId player, string line) => false;
    }
}
