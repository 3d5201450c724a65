using ActorMoo.Runtime.Core;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Runtime.Sharding;

/// <summary>
/// Passivation: on request, when idle, when over the active-entity limit, and at hand-off. An
/// entity being passivated is sent its stop message after everything already delivered to it;
/// from then on its messages are buffered until it has stopped, and then either start its next
/// incarnation or, with no messages waiting, it is gone until its next message.
/// </summary>
internal sealed partial class Shard
{
    /// <summary>An entity asks to be passivated (sent to <c>Context.Parent</c>).</summary>
    private void OnPassivate(ShardRegion.Passivate passivate)
    {
        var entity = Sender;
        if (!_entities.TryFind(entity.Path.Name, out var index) || !entity.Equals(_entities.EntityAt(index)))
        {
            LogPassivateFromStranger(Log, _type.TypeName, entity.Path);
            return;
        }
        if (_entities.StateAt(index) == EntityState.Active) BeginPassivation(index, passivate.StopMessage);
    }

    private void BeginPassivation(int index, object stopMessage)
    {
        var entity = _entities.EntityAt(index)!;
        _entities.Set(index, EntityState.Passivating, entity, Now);
        entity.Tell(stopMessage, Self);
    }

    /// <summary>An entity stopped: start its next incarnation for the messages that waited, or forget it.</summary>
    private void OnEntityTerminated(Terminated terminated)
    {
        var entity = terminated.ActorRef;
        var name = entity.Path.Name;
        if (!_entities.TryFind(name, out var index) || !entity.Equals(_entities.EntityAt(index))) return;

        var passivated = _entities.StateAt(index) == EntityState.Passivating;
        if (_handingOff)
        {
            _buffers.Remove(name, out var dropped);
            _entities.Remove(index);
            DeadLetterAll(dropped);
            TryFinishHandOff();
            return;
        }
        if (_buffers.ContainsKey(name))
        {
            Reactivate(index);
            return;
        }

        _entities.Remove(index);
        if (passivated) RememberStopped(name);
        else LogEntityStoppedByItself(Log, _type.TypeName, EntityName.Decode(name));
    }

    /// <summary>The periodic sweep: passivates, least recently used first, every entity idle for the timeout.</summary>
    private void PassivateIdleEntities()
    {
        var now = Now;
        while (_entities.LeastRecentlyUsed is var index and >= 0 && now - _entities.LastAccessAt(index) >= _idleTimeout)
            BeginPassivation(index, _type.StopMessage);
    }

    private void OnActiveEntityLimit(ShardProtocol.SetActiveEntityLimit limit)
    {
        _activeLimit = limit.Limit;
        while (_activeLimit > 0 && _entities.ActiveCount > _activeLimit) BeginPassivation(_entities.LeastRecentlyUsed, _type.StopMessage);
    }

    /// <summary>Before an entity becomes active: passivate the least recently used ones until it fits the limit.</summary>
    private void MakeRoomForOneMore()
    {
        while (_activeLimit > 0 && _entities.ActiveCount >= _activeLimit) BeginPassivation(_entities.LeastRecentlyUsed, _type.StopMessage);
    }

    /// <summary>Stops every entity for good (remembered ones stay remembered), then the shard itself.</summary>
    private void BeginHandOff()
    {
        if (_handingOff) return;
        _handingOff = true;
        Timers.Cancel(IdleSweepKey);
        foreach (var name in _entities.Names.ToArray())
        {
            _entities.TryFind(name, out var index);
            switch (_entities.StateAt(index))
            {
                case EntityState.Active:
                    BeginPassivation(index, _type.StopMessage);
                    break;
                case EntityState.Remembering:
                    _buffers.Remove(name, out var dropped);
                    _entities.Remove(index);
                    DeadLetterAll(dropped);
                    break;
            }
        }
        TryFinishHandOff();
    }

    private void TryFinishHandOff()
    {
        if (_handingOff && _entities.Count == 0 && !HasRememberWritesOutstanding) Context.Stop(Self);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sharding {TypeName}: Passivate from {Sender}, which is not an entity of this shard; ignored")]
    private static partial void LogPassivateFromStranger(ILogger logger, string typeName, ActorPath sender);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sharding {TypeName}: entity {EntityId} stopped without passivating; it starts again with its next message")]
    private static partial void LogEntityStoppedByItself(ILogger logger, string typeName, string entityId);
}
