using ActorMoo.Runtime.Core;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Runtime.Sharding;

/// <summary>
/// Remembered entities: the shard activates the stored entities when it starts, records a new
/// entity before delivering its first message, and records a passivated entity as stopped. Writes
/// are batched — one in flight per shard, the next collecting meanwhile — and a failed write is
/// retried (the entities it starts keep their messages buffered until it succeeds).
/// </summary>
internal sealed partial class Shard
{
    /// <summary>Timer key of the retry of a failed remember-entities write.</summary>
    private static readonly object RetryRememberKey = new();

    /// <summary>Cancelled when the shard stops, so that pending store calls can give up; null without a store.</summary>
    private readonly CancellationTokenSource? _storeCancellation;

    /// <summary>Changes not yet written, by actor name: true for started, false for stopped (the last change wins).</summary>
    private readonly Dictionary<string, bool> _pendingRemember = [];

    /// <summary>Actor names of the write in flight (or waiting for its retry); null when none is.</summary>
    private (string[] Started, string[] Stopped)? _rememberInFlight;

    /// <summary>Identifies the write in flight, so that the completion of a write started by a previous
    /// instance of this shard (before a restart) is not taken for the current one.</summary>
    private long _rememberWriteId;

    /// <summary>Source of write ids, unique in the process.</summary>
    private static long s_lastRememberWriteId;

    private bool HasRememberWritesOutstanding => _rememberInFlight is not null || _pendingRemember.Count > 0;

    /// <summary>Runs in PreStart (the mailbox waits for it): activates every remembered entity of this shard.
    /// A failure fails the shard, whose region restarts it with backoff.</summary>
    private async Task ActivateRememberedEntitiesAsync()
    {
        var ids = await _type.Store!.GetEntitiesAsync(_type.TypeName, _shardId, _storeCancellation!.Token).ConfigureAwait(false);
        foreach (var id in ids)
        {
            if (string.IsNullOrEmpty(id)) continue;
            var name = EntityName.Encode(id);
            if (_entities.TryFind(name, out _)) continue;
            if (_type.Extractor.ShardId(id) != _shardId)
            {
                // Stored under another shard count: activating it here could run it twice.
                LogRememberedEntityOfOtherShard(Log, _type.TypeName, id, _shardId);
                continue;
            }
            MakeRoomForOneMore();
            if (CreateEntity(id, name) is { } entity) _entities.Add(name, EntityState.Active, entity, Now);
        }
        LogRememberedEntitiesActivated(Log, _type.TypeName, _shardId, _entities.Count);
    }

    private void RememberStarted(string name)
    {
        _pendingRemember[name] = true;
        FlushRemembered();
    }

    private void RememberStopped(string name)
    {
        if (_type.Store is null) return;
        _pendingRemember[name] = false;
        FlushRemembered();
    }

    /// <summary>Starts writing the collected changes unless a write is in flight.</summary>
    private void FlushRemembered()
    {
        if (_rememberInFlight is not null || _pendingRemember.Count == 0) return;
        var started = _pendingRemember.Where(p => p.Value).Select(p => p.Key).ToArray();
        var stopped = _pendingRemember.Where(p => !p.Value).Select(p => p.Key).ToArray();
        _pendingRemember.Clear();
        _rememberInFlight = (started, stopped);
        _rememberWriteId = Interlocked.Increment(ref s_lastRememberWriteId);
        WriteRemembered();
    }

    /// <summary>Writes the batch in flight; the outcome comes back as a <see cref="ShardProtocol.RememberWriteCompleted"/>.</summary>
    private void WriteRemembered()
    {
        if (_rememberInFlight is not var (started, stopped)) return;
        Task write;
        try
        {
            write = _type.Store!.UpdateAsync(_type.TypeName, _shardId, ToIds(started), ToIds(stopped), _storeCancellation!.Token);
        }
        catch (Exception ex)
        {
            write = Task.FromException(ex);
        }
        var self = Self;
        var writeId = _rememberWriteId;
        write.ContinueWith(
            task => self.Tell(new ShardProtocol.RememberWriteCompleted(writeId,
                task.IsCompletedSuccessfully ? null : task.Exception?.GetBaseException() ?? new OperationCanceledException("The remember-entities write was cancelled."))),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private void OnRememberWriteCompleted(ShardProtocol.RememberWriteCompleted completed)
    {
        if (_rememberInFlight is not var (started, _) || completed.WriteId != _rememberWriteId) return;
        if (completed.Failure is { } failure)
        {
            Timers.StartSingleTimer(RetryRememberKey, ShardProtocol.RetryRememberWrite.Instance, _type.Settings.RememberEntitiesRetryInterval);
            LogRememberWriteFailed(Log, _type.TypeName, _shardId, _type.Settings.RememberEntitiesRetryInterval, failure);
            return;
        }

        _rememberInFlight = null;
        foreach (var name in started)
        {
            if (_entities.TryFind(name, out var index) && _entities.StateAt(index) == EntityState.Remembering) Reactivate(index);
        }
        FlushRemembered();
        TryFinishHandOff();
    }

    private static string[] ToIds(string[] names) => Array.ConvertAll(names, EntityName.Decode);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sharding {TypeName}: shard {ShardId} activated {Count} remembered entities")]
    private static partial void LogRememberedEntitiesActivated(ILogger logger, string typeName, int shardId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sharding {TypeName}: remembered entity {EntityId} does not belong to shard {ShardId} (was the shard count changed?); it starts with its next message")]
    private static partial void LogRememberedEntityOfOtherShard(ILogger logger, string typeName, string entityId, int shardId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sharding {TypeName}: shard {ShardId} could not write its remembered entities; retrying in {RetryInterval}")]
    private static partial void LogRememberWriteFailed(ILogger logger, string typeName, int shardId, TimeSpan retryInterval, Exception error);
}
