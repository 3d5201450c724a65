namespace ActorMoo.Runtime.Core;

/// <summary>A one-shot watcher that turns an actor's termination into a completed task, for code
/// outside any actor (shutdown, <see cref="ActorSystem.StopAsync"/>).</summary>
internal sealed class TerminationWatcher : InternalActorRef
{
    private readonly ActorSystem _system;
    private readonly ActorPath _path;
    private readonly TaskCompletionSource _terminated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TerminationWatcher(ActorSystem system)
    {
        _system = system;
        var id = system.NextUid();
        _path = system.TempPath.Child("watch-" + id, id);
    }

    public override ActorPath Path => _path;

    internal override ActorSystem System => _system;

    /// <summary>A task that completes when <paramref name="actor"/> has stopped (at once if it already has).</summary>
    public static Task WhenTerminated(ActorSystem system, InternalActorRef actor)
    {
        var watcher = new TerminationWatcher(system);
        actor.SendSystemMessage(new Watch(actor, watcher));
        return watcher._terminated.Task;
    }

    public override void Tell(object message, IActorRef? sender = null) =>
        _system.DeadLetters.Publish(message, sender, this, DeadLetterReason.NoRecipient);

    internal override void SendSystemMessage(SystemMessage message)
    {
        if (message is DeathWatchNotification) _terminated.TrySetResult();
    }
}
