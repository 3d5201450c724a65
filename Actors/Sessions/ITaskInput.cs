using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Sessions;

/// <summary>
/// Where a session offers a typed line before treating it as a command: a task of the player waiting
/// in <c>read()</c> takes it (LambdaMOO: input goes to a reading task first). The task scheduler
/// implements it; <see cref="None"/> is used while no task ever reads.
/// </summary>
public interface ITaskInput
{
    /// <summary>
    /// Gives <paramref name="line"/> to a task of <paramref name="player"/> waiting in <c>read()</c>:
    /// null when none waits, else a task that completes when the woken task has gone as far as it
    /// can (finished, failed or waiting again); the session holds later lines until then.
    /// </summary>
    Task? DeliverInput(ObjectId player, string line);

    /// <summary>No task reads: every line is a command.</summary>
    public static ITaskInput None { get; } = new NoReaders();

    private sealed class NoReaders : ITaskInput
    {
        public Task? DeliverInput(ObjectId player, string line) => null;
    }
}
