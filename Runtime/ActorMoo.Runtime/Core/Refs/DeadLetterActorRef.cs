namespace ActorMoo.Runtime.Core;

/// <summary>The reference of the dead-letter office: everything told to it is a dead letter, and it is
/// "always dead" for death watch.</summary>
internal sealed class DeadLetterActorRef(ActorSystem system, DeadLetterOffice office) : InternalActorRef
{
    private readonly ActorPath _path = ActorPath.Root(system.Name).Child("deadLetters");

    public override ActorPath Path => _path;

    internal override ActorSystem System => system;

    public override void Tell(object message, IActorRef? sender = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        office.Publish(message, sender, this, DeadLetterReason.NoRecipient);
    }

    internal override void SendSystemMessage(SystemMessage message)
    {
        if (message is Watch watch) watch.Watcher.SendSystemMessage(new DeathWatchNotification(this));
    }
}
