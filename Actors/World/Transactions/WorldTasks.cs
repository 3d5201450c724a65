using ActorMoo.Actors.World.Objects;
using ActorMoo.Runtime.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorMoo.Actors.World.Transactions;

/// <summary>
/// Runs tasks atomically: each attempt gets a fresh <see cref="WorldTransaction"/>, the body reads
/// and changes the world through it, and the attempt commits with <see cref="TransactionCommitter"/>.
/// A conflict re-runs the body from the start, transparently, up to
/// <see cref="WorldSettings.MaxAttempts"/> times; effects are released only by the committing attempt.
/// </summary>
/// <remarks>
/// A body that throws aborts its attempt (nothing was reserved or written, so nothing is undone).
/// If the task had read objects that changed meanwhile, the failure may come from that inconsistent
/// view rather than from the task, so it is re-run like a conflict.
/// </remarks>
public sealed partial class WorldTasks
{
    private readonly WorldObjects _objects;
    private readonly TransactionCommitter _committer;
    private readonly ITaskEffectSink _effects;
    private readonly ILogger _logger;
    private long _lastTaskId;
    private long _lastAttemptId;

    /// <summary>Creates the runner over the world's objects and journal, releasing effects to <paramref name="effects"/>.</summary>
    public WorldTasks(WorldObjects objects, EventJournal journal, ITaskEffectSink effects, ILogger<WorldTasks>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(objects);
        ArgumentNullException.ThrowIfNull(effects);
        _objects = objects;
        _committer = new TransactionCommitter(objects, journal);
        _effects = effects;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The world's objects.</summary>
    public WorldObjects Objects => _objects;

    /// <summary>Runs <paramref name="body"/> as one atomic task.</summary>
    public async Task<TaskOutcome<T>> RunAsync<T>(Func<WorldTransaction, CancellationToken, ValueTask<T>> body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var taskId = Interlocked.Increment(ref _lastTaskId);
        var maxAttempts = _objects.Settings.MaxAttempts;
        string? lastConflict = null;
        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            var transaction = new WorldTransaction(_objects, taskId, Interlocked.Increment(ref _lastAttemptId));
            T value;
            try
            {
                value = await body(transaction, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                var validation = await _committer.ValidateReadsAsync(transaction, cancellationToken).ConfigureAwait(false);
                if (validation.Status == CommitStatus.Conflict)
                {
                    lastConflict = validation.Reason;
                    LogRetry(_logger, taskId, attempt, lastConflict);
                    continue;
                }
                return new TaskOutcome<T>(WorldTaskStatus.Failed, default, error, error.Message, attempt);
            }

            var result = await _committer.CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
            switch (result.Status)
            {
                case CommitStatus.Committed:
                    var effects = transaction.Effects;
                    if (effects.Count > 0)
                        _effects.Release(taskId, effects);
                    return new TaskOutcome<T>(WorldTaskStatus.Committed, value, null, null, attempt);
                case CommitStatus.Conflict:
                    lastConflict = result.Reason;
                    LogRetry(_logger, taskId, attempt, lastConflict);
                    if (result.HeldObject is { } held)
                        await AwaitFreeAsync(held, cancellationToken).ConfigureAwait(false);
                    continue;
                default:
                    LogCommitFailed(_logger, taskId, result.Reason);
                    return new TaskOutcome<T>(WorldTaskStatus.GaveUp, default, null, $"Your command could not be saved ({result.Reason}). Nothing was changed.", attempt);
            }
        }
        LogGaveUp(_logger, taskId, maxAttempts, lastConflict);
        return new TaskOutcome<T>(WorldTaskStatus.GaveUp, default, null,
            $"Your command was retried {maxAttempts} times because other tasks kept changing the same objects ({lastConflict}); it was given up and nothing was changed.",
            maxAttempts);
    }

    /// <summary>
    /// Waits until the task that held <paramref name="held"/> has finished, so that the re-run reads its
    /// result instead of meeting its reservation again. This attempt holds nothing, so it cannot deadlock.
    /// </summary>
    private async Task AwaitFreeAsync(Scripting.Values.ObjectId held, CancellationToken cancellationToken)
    {
        try
        {
            await _objects.AwaitFreeAsync(held, cancellationToken).ConfigureAwait(false);
        }
        catch (Runtime.Core.AskTimeoutException)
        {
            // Re-run anyway: the next attempt either succeeds or waits again.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Task {TaskId} attempt {Attempt} conflicted ({Reason}); re-running it")]
    private static partial void LogRetry(ILogger logger, long taskId, int attempt, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId} gave up after {Attempts} conflicting attempts (last: {Reason})")]
    private static partial void LogGaveUp(ILogger logger, long taskId, int attempts, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Task {TaskId} could not be committed: {Reason}")]
    private static partial void LogCommitFailed(ILogger logger, long taskId, string? reason);
}
