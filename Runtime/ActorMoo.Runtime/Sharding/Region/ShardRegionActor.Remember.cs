using ActorMoo.Runtime.Core;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Runtime.Sharding;

/// <summary>
/// With remembered entities, the region starts every shard that has some as soon as it starts
/// (each shard then activates its own entities), instead of waiting for their next message.
/// </summary>
internal sealed partial class ShardRegionActor
{
    private void LoadRememberedShards()
    {
        Task<IReadOnlyCollection<int>> load;
        try
        {
            load = _type.Store!.GetShardsAsync(_type.TypeName, _storeCancellation!.Token);
        }
        catch (Exception ex)
        {
            load = Task.FromException<IReadOnlyCollection<int>>(ex);
        }
        var self = Self;
        load.ContinueWith(
            task => self.Tell(task.IsCompletedSuccessfully
                ? new RememberedShards(task.Result, null)
                : new RememberedShards([], task.Exception?.GetBaseException() ?? new OperationCanceledException("Loading the remembered shards was cancelled."))),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private void OnRememberedShards(RememberedShards remembered)
    {
        if (remembered.Failure is { } failure)
        {
            Timers.StartSingleTimer(RetryRememberedShardsKey, RetryRememberedShards.Instance, _type.Settings.RememberEntitiesRetryInterval);
            LogRememberedShardsFailed(Log, _type.TypeName, _type.Settings.RememberEntitiesRetryInterval, failure);
            return;
        }
        if (_shuttingDown) return;
        foreach (var shardId in remembered.ShardIds)
        {
            if ((uint)shardId >= (uint)_shards.Length) LogRememberedShardOutOfRange(Log, _type.TypeName, shardId, _shards.Length);
            else if (_shards[shardId] is null) StartShard(shardId);
        }
    }

    /// <summary>The outcome of loading the shards that have remembered entities.</summary>
    private sealed record RememberedShards(IReadOnlyCollection<int> ShardIds, Exception? Failure);

    /// <summary>Time to retry loading the remembered shards.</summary>
    private sealed record RetryRememberedShards
    {
        public static RetryRememberedShards Instance { get; } = new();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sharding {TypeName}: could not load the shards with remembered entities; retrying in {RetryInterval}")]
    private static partial void LogRememberedShardsFailed(ILogger logger, string typeName, TimeSpan retryInterval, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sharding {TypeName}: remembered shard {ShardId} is outside 0..{ShardCount}-1 (was the shard count changed?); its entities start with their next message")]
    private static partial void LogRememberedShardOutOfRange(ILogger logger, string typeName, int shardId, int shardCount);
}
