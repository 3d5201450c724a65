using System.Globalization;
using ActorMoo.Runtime.Core;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Runtime.Sharding;

/// <summary>
/// The shard region of one entity type on this node: the reference every sender uses. It finds
/// each message's shard with the extractor, starts the shard on first use and forwards the
/// message with its original sender. On a single node every shard is a local child; in a
/// cluster the region will ask where a shard lives, and its protocol stays the same.
/// </summary>
internal sealed partial class ShardRegionActor : Actor, IChildTerminationObserver
{
    /// <summary>Timer key of the retry after the remembered shards could not be loaded.</summary>
    private static readonly object RetryRememberedShardsKey = new();

    /// <summary>Shards restart on failure, after a growing pause so that a broken store is not hammered;
    /// their entities stop with them and come back on their next message.</summary>
    private static readonly SupervisorStrategy ShardSupervision = new(
        static _ => Directive.Restart,
        maxRetries: -1,
        within: TimeSpan.FromMinutes(1),
        backoff: new RestartBackoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(30), RandomFactor: 0.2));

    /// <summary>The entity type this region hosts.</summary>
    private readonly EntityType _type;

    /// <summary>The started shards by shard id; null where a shard has not been started.</summary>
    private readonly IActorRef?[] _shards;

    /// <summary>Cancelled when the region stops; null without a remember-entities store.</summary>
    private readonly CancellationTokenSource? _storeCancellation;

    /// <summary>The number of non-null entries of <see cref="_shards"/>.</summary>
    private int _startedShards;

    /// <summary>True after <see cref="ShardRegion.GracefulShutdown"/>: shards are handing off and the region stops after them.</summary>
    private bool _shuttingDown;

    public ShardRegionActor(EntityType type)
    {
        _type = type;
        _shards = new IActorRef?[type.Settings.ShardCount];
        _storeCancellation = type.Store is null ? null : new CancellationTokenSource();

        Receive<ShardingEnvelope>(Deliver);
        Receive<Terminated>(OnChildTerminated);
        Receive<ShardRegion.GetShardRegionStats>(_ => QueryShards(ShardProtocol.GetShardStats.Instance, CombineStats));
        Receive<ShardRegion.GetShardRegionState>(_ => QueryShards(ShardProtocol.GetShardState.Instance, CombineState));
        Receive<ShardRegion.GracefulShutdown>(_ => BeginShutdown());
        Receive<ShardRegion.Passivate>(OnMisdirectedPassivate);
        Receive<RememberedShards>(OnRememberedShards);
        Receive<RetryRememberedShards>(_ => LoadRememberedShards());
        ReceiveAny(Deliver);
    }

    /// <inheritdoc />
    protected override SupervisorStrategy SupervisorStrategy => ShardSupervision;

    /// <summary>Props of the region for <paramref name="type"/>.</summary>
    public static Props PropsFor(EntityType type) => Props.Create(() => new ShardRegionActor(type));

    /// <inheritdoc />
    protected override void PreStart()
    {
        if (_type.Store is not null) LoadRememberedShards();
    }

    /// <inheritdoc />
    protected override void PostStop() => _storeCancellation?.Cancel();

    private void Deliver(object message)
    {
        string? entityId;
        int shardId;
        try
        {
            entityId = _type.Extractor.EntityId(message);
            shardId = string.IsNullOrEmpty(entityId) ? -1 : _type.Extractor.ShardId(entityId);
        }
        catch (Exception ex)
        {
            LogExtractorFailed(Log, _type.TypeName, message.GetType().Name, ex);
            DeadLetter(message, DeadLetterReason.Unhandled);
            return;
        }

        if (entityId is null)
        {
            Unhandled(message);
            return;
        }
        if (entityId.Length == 0)
        {
            LogEmptyEntityId(Log, _type.TypeName, message.GetType().Name);
            DeadLetter(message, DeadLetterReason.Unhandled);
            return;
        }
        if ((uint)shardId >= (uint)_shards.Length)
        {
            LogShardOutOfRange(Log, _type.TypeName, entityId, shardId, _shards.Length);
            DeadLetter(message, DeadLetterReason.Unhandled);
            return;
        }
        if (_shuttingDown)
        {
            DeadLetter(message, DeadLetterReason.RecipientStopped);
            return;
        }
        (_shards[shardId] ?? StartShard(shardId)).Tell(message, Sender);
    }

    private IActorRef StartShard(int shardId)
    {
        var shard = Context.ActorOf(Shard.PropsFor(_type, shardId), shardId.ToString(CultureInfo.InvariantCulture));
        _shards[shardId] = shard;
        _startedShards++;
        UpdateActiveEntityLimits();
        return shard;
    }

    /// <summary>Divides the node's active-entity limit evenly among the started shards (at least one each).</summary>
    private void UpdateActiveEntityLimits()
    {
        var max = _type.Settings.MaxActiveEntities;
        if (max == 0 || _startedShards == 0) return;
        var limit = new ShardProtocol.SetActiveEntityLimit(Math.Max(1, max / _startedShards));
        foreach (var shard in _shards) shard?.Tell(limit, Self);
    }

    private void OnChildTerminated(Terminated terminated)
    {
        var child = terminated.ActorRef;
        if (!int.TryParse(child.Path.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var shardId)
            || (uint)shardId >= (uint)_shards.Length || !child.Equals(_shards[shardId]))
            return; // a finished query collector

        _shards[shardId] = null;
        _startedShards--;
        if (_shuttingDown)
        {
            if (_startedShards == 0) Context.Stop(Self);
            return;
        }
        LogShardStopped(Log, _type.TypeName, shardId);
        UpdateActiveEntityLimits();
    }

    private void BeginShutdown()
    {
        if (_shuttingDown) return;
        _shuttingDown = true;
        LogShuttingDown(Log, _type.TypeName, _startedShards);
        if (_startedShards == 0)
        {
            Context.Stop(Self);
            return;
        }
        foreach (var shard in _shards) shard?.Tell(ShardProtocol.HandOff.Instance, Self);
    }

    private void OnMisdirectedPassivate(ShardRegion.Passivate passivate)
    {
        LogMisdirectedPassivate(Log, _type.TypeName, Sender.Path);
        DeadLetter(passivate, DeadLetterReason.Unhandled);
    }

    private void DeadLetter(object message, DeadLetterReason reason) =>
        Context.System.DeadLetters.Publish(message, Sender, Self, reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sharding {TypeName}: the message extractor failed on a {MessageType}; the message is a dead letter")]
    private static partial void LogExtractorFailed(ILogger logger, string typeName, string messageType, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sharding {TypeName}: a {MessageType} has an empty entity id; the message is a dead letter")]
    private static partial void LogEmptyEntityId(ILogger logger, string typeName, string messageType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sharding {TypeName}: the extractor put entity {EntityId} in shard {ShardId}, outside 0..{ShardCount}-1; the message is a dead letter")]
    private static partial void LogShardOutOfRange(ILogger logger, string typeName, string entityId, int shardId, int shardCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sharding {TypeName}: shard {ShardId} stopped; it starts again with its next message")]
    private static partial void LogShardStopped(ILogger logger, string typeName, int shardId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sharding {TypeName}: shutting down the region and its {ShardCount} shards")]
    private static partial void LogShuttingDown(ILogger logger, string typeName, int shardCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sharding {TypeName}: Passivate from {Sender} was sent to the region; entities send it to their parent (Context.Parent)")]
    private static partial void LogMisdirectedPassivate(ILogger logger, string typeName, ActorPath sender);
}
