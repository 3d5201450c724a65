using System.Collections.Concurrent;
using System.Threading.Channels;
using ActorMoo.Runtime.Core;

namespace ActorMoo.TestKit;

/// <summary>
/// The reference behind a <see cref="TestProbe"/>: a queue of received envelopes instead of a
/// mailbox and actor. It can watch actors (their <see cref="Terminated"/> is queued like a
/// message) but never stops itself.
/// </summary>
internal sealed class ProbeActorRef : InternalActorRef
{
    private readonly ActorSystem _system;
    private readonly ActorPath _path;
    private readonly ConcurrentDictionary<IActorRef, byte> _watching = new();

    public ProbeActorRef(ActorSystem system, string name)
    {
        _system = system;
        var uid = system.NextUid();
        _path = ActorPath.Root(system.Name).Child("temp").Child(name, uid);
    }

    /// <summary>Everything sent to the probe, in arrival order.</summary>
    public Channel<Envelope> Received { get; } = Channel.CreateUnbounded<Envelope>();

    public override ActorPath Path => _path;

    internal override ActorSystem System => _system;

    public override void Tell(object message, IActorRef? sender = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Received.Writer.TryWrite(new Envelope(message, sender));
    }

    internal override void SendSystemMessage(SystemMessage message)
    {
        if (message is DeathWatchNotification notification && _watching.TryRemove(notification.Actor, out _))
            Received.Writer.TryWrite(new Envelope(new Terminated(notification.Actor), notification.Actor));
    }

    public void Watch(IActorRef actor)
    {
        var target = (InternalActorRef)actor;
        if (_watching.TryAdd(target, 0)) target.SendSystemMessage(new Watch(target, this));
    }

    public void Unwatch(IActorRef actor)
    {
        var target = (InternalActorRef)actor;
        if (_watching.TryRemove(target, out _)) target.SendSystemMessage(new Unwatch(target, this));
    }
}
