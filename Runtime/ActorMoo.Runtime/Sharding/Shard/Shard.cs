using ActorMoo.Runtime.Core;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Runtime.Sharding;

/// <summary>
/// Hosts the entities of one shard as its children: creates an entity on its first message,
/// delivers to it while it runs, and passivates it when it asks, when it has been idle too long
/// or when the shard is over its share of the active-entity limit. Messages for an entity that is
/// stopping or starting wait in a buffer and go to its next incarnation, in arrival order.
/// </summary>
/// <remarks>
/// The shard learns that an entity stopped through <see cref="Terminated"/> without watching it
/// (<see cref="IChildTerminationObserver"/>): watching would cost every idle entity a watcher set.
/// Idle passivation is one periodic sweep per shard over the LRU order, not a timer per entity.
/// </remarks>
internal sealed partial class Shard : Actor, IChildTerminationObserver
{
    /// <summary>Timer key of the periodic idle sweep.</summary>
    private static readonly object IdleSweepKey = new();

    /// <summary>The entity type this shard hosts, shared with the region.</summary>
    private readonly EntityType _type;

    /// <summary>This shard's id: 0 to the shard count − 1.</summary>
    private readonly int _shardId;

    /// <summary>The system's clock: last accesses and the idle sweep run on it (virtual in tests).</summary>
    private readonly TimeProvider _clock;

    /// <summary>The hosted entities, with their state and LRU order.</summary>
    private readonly EntityTable _entities = new();

    /// <summary>Messages waiting for entities that are passivating or starting, by actor name.
    /// An entry exists only while its entity is not <see cref="EntityState.Active"/>.</summary>
    private readonly Dictionary<string, Queue<Envelope>> _buffers = [];

    /// <summary>The idle timeout in <see cref="TimeProvider.GetTimestamp"/> units; 0 when idle passivation is off.</summary>
    private readonly long _idleTimeout;

    /// <summary>This shard's share of the node's active-entity limit; 0 for no limit.</summary>
    private int _activeLimit;

    /// <summary>True once the shard is handing off: entities are stopping for good and the shard stops after them.</summary>
    private bool _handingOff;

    public Shard(EntityType type, int shardId)
    {
        _type = type;
        _shardId = shardId;
        _clock = Context.System.TimeProvider;
        var idle = type.Settings.PassivationIdleTimeout;
        _idleTimeout = idle > TimeSpan.Zero ? Math.Max(1, (long)(idle.TotalSeconds * _clock.TimestampFrequency)) : 0;
        _storeCancellation = type.Store is null ? null : new CancellationTokenSource();

        // Entity messages are the hot path: the usual envelope is matched first.
        Receive<ShardingEnvelope>(Deliver);
        Receive<Terminated>(OnEntityTerminated);
        Receive<ShardRegion.Passivate>(OnPassivate);
        Receive<ShardProtocol.IdleSweep>(_ => PassivateIdleEntities());
        Receive<ShardProtocol.SetActiveEntityLimit>(OnActiveEntityLimit);
        Receive<ShardProtocol.RememberWriteCompleted>(OnRememberWriteCompleted);
        Receive<ShardProtocol.RetryRememberWrite>(_ => WriteRemembered());
        Receive<ShardProtocol.GetShardStats>(_ => Sender.Tell(new ShardProtocol.ShardStats(_shardId, _entities.Count), Self));
        Receive<ShardProtocol.GetShardState>(_ => Sender.Tell(new ShardRegion.ShardState(_shardId, _entities.Names.Select(EntityName.Decode).ToArray()), Self));
        Receive<ShardProtocol.HandOff>(_ => BeginHandOff());
        ReceiveAny(Deliver);
    }

    /// <inheritdoc />
    protected override SupervisorStrategy SupervisorStrategy => _type.EntitySupervisorStrategy;

    private long Now => _clock.GetTimestamp();

    /// <summary>Props of shard <paramref name="shardId"/> of entity type <paramref name="type"/>.</summary>
    public static Props PropsFor(EntityType type, int shardId) => Props.Create(() => new Shard(type, shardId));

    /// <inheritdoc />
    protected override void PreStart()
    {
        if (_idleTimeout > 0)
        {
            var sweep = TimeSpan.FromTicks(Math.Max(1, _type.Settings.PassivationIdleTimeout.Ticks / 2));
            Timers.StartPeriodicTimer(IdleSweepKey, ShardProtocol.IdleSweep.Instance, sweep);
        }
        if (_type.Store is not null) Context.RunTask(ActivateRememberedEntitiesAsync);
    }

    /// <inheritdoc />
    protected override void PostStop() => _storeCancellation?.Cancel();

    /// <summary>Routes one message from the region to its entity: at once when the entity runs, into its
    /// buffer while it stops or starts, or by creating it.</summary>
    private void Deliver(object message)
    {
        string? entityId;
        object payload;
        try
        {
            entityId = _type.Extractor.EntityId(message);
            payload = string.IsNullOrEmpty(entityId) ? message : _type.Extractor.EntityMessage(message);
        }
        catch (Exception ex)
        {
            LogExtractorFailed(Log, _type.TypeName, message.GetType().Name, ex);
            DeadLetter(message, Sender, DeadLetterReason.Unhandled);
            return;
        }

        if (string.IsNullOrEmpty(entityId))
        {
            Unhandled(message);
            return;
        }
        if (payload is null)
        {
            LogNullEntityMessage(Log, _type.TypeName, message.GetType().Name, entityId);
            DeadLetter(message, Sender, DeadLetterReason.Unhandled);
            return;
        }
        if (_handingOff)
        {
            DeadLetter(payload, Sender, DeadLetterReason.RecipientStopped);
            return;
        }

        var name = EntityName.Encode(entityId);
        if (!_entities.TryFind(name, out var index))
        {
            StartEntity(entityId, name, payload);
        }
        else if (_entities.StateAt(index) == EntityState.Active)
        {
            _entities.Touch(index, Now);
            _entities.EntityAt(index)!.Tell(payload, Sender);
        }
        else
        {
            Buffer(name, payload);
        }
    }

    /// <summary>First message for an entity that is not hosted: create it now, or — with remembered
    /// entities — once the store has recorded it.</summary>
    private void StartEntity(string entityId, string name, object payload)
    {
        if (_type.Store is not null)
        {
            _entities.Add(name, EntityState.Remembering, null, Now);
            Buffer(name, payload);
            RememberStarted(name);
            return;
        }

        MakeRoomForOneMore();
        if (CreateEntity(entityId, name) is not { } entity)
        {
            DeadLetter(payload, Sender, DeadLetterReason.RecipientStopped);
            return;
        }
        _entities.Add(name, EntityState.Active, entity, Now);
        entity.Tell(payload, Sender);
    }

    /// <summary>Creates an incarnation of an entity; null (logged) when the user's Props factory fails,
    /// which must not take the shard and its other entities down.</summary>
    private IActorRef? CreateEntity(string entityId, string name)
    {
        try
        {
            return Context.ActorOf(_type.EntityProps(entityId), name);
        }
        catch (Exception ex)
        {
            LogEntityCreationFailed(Log, _type.TypeName, entityId, ex);
            return null;
        }
    }

    /// <summary>Makes <paramref name="index"/> (passivating or remembering) run again as a new incarnation
    /// and hands it what was buffered for it; drops the entity if it cannot be created.</summary>
    private void Reactivate(int index)
    {
        var name = _entities.NameAt(index);
        _buffers.Remove(name, out var buffered);
        MakeRoomForOneMore();
        if (CreateEntity(EntityName.Decode(name), name) is not { } entity)
        {
            _entities.Remove(index);
            DeadLetterAll(buffered);
            return;
        }
        _entities.Set(index, EntityState.Active, entity, Now);
        if (buffered is null) return;
        while (buffered.TryDequeue(out var envelope)) envelope.DeliverTo(entity);
    }

    private void Buffer(string name, object payload)
    {
        if (!_buffers.TryGetValue(name, out var buffer)) _buffers.Add(name, buffer = new Queue<Envelope>());
        if (buffer.Count >= _type.Settings.BufferSizePerEntity)
        {
            LogBufferFull(Log, _type.TypeName, EntityName.Decode(name), buffer.Count, payload.GetType().Name);
            DeadLetter(payload, Sender, DeadLetterReason.RecipientStopped);
            return;
        }
        buffer.Enqueue(new Envelope(payload, Sender));
    }

    private void DeadLetterAll(Queue<Envelope>? buffered)
    {
        if (buffered is null) return;
        while (buffered.TryDequeue(out var envelope)) DeadLetter(envelope.Message, envelope.Sender, DeadLetterReason.RecipientStopped);
    }

    private void DeadLetter(object message, IActorRef? sender, DeadLetterReason reason) =>
        Context.System.DeadLetters.Publish(message, sender, Self, reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sharding {TypeName}: the message extractor failed on a {MessageType}; the message is a dead letter")]
    private static partial void LogExtractorFailed(ILogger logger, string typeName, string messageType, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sharding {TypeName}: the extractor made a null message for entity {EntityId} of a {MessageType}; it is a dead letter")]
    private static partial void LogNullEntityMessage(ILogger logger, string typeName, string messageType, string entityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sharding {TypeName}: could not create entity {EntityId}; its messages are dead letters")]
    private static partial void LogEntityCreationFailed(ILogger logger, string typeName, string entityId, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sharding {TypeName}: buffer of entity {EntityId} is full ({Count} messages); a {MessageType} is a dead letter")]
    private static partial void LogBufferFull(ILogger logger, string typeName, string entityId, int count, string messageType);
}
