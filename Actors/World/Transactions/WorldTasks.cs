using ActorMoo.Actors.World.Objects;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Scripting.Values;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorMoo.Actors.World.Transactions;

/// <summary>
/// Runs tasks atomically: each attempt gets a fresh <see cref="WorldTransaction"/>, the body reads
/// and changes the world through it, and the attempt commits with <see cref="TransactionCommitter"/>.
/// A conflict re-runs the body from the start, transparently, up to
/// <see cref="WorldSettings.MaxAttempts"/> times, in turn with other tasks that conflicted on the same
/// object (<see cref="ConflictBackoff"/>); effects are released only by the committing attempt.
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
    private readonly ConflictBackoff _backoff;
    private readonly ILogger _logger;

    /// <summary>Where task ids come from: the world's persistent id source, or null for a counter of this process.</summary>
    private readonly Func<CancellationToken, ValueTask<long>>? _taskIds;

    private long _lastTaskId;
    private long _lastAttemptId;

    /// <summary>
    /// Creates the runner over the world's objects and journal, releasing effects to <paramref name="effects"/>;
    /// <paramref name="time"/> (default: the system clock) times the back-off between conflicting attempts.
    /// </summary>
    /// <param name="objects">The world's objects.</param>
    /// <param name="journal">The journal commits write to.</param>
    /// <param name="effects">Receives the effects of committed tasks.</param>
    /// <param name="logger">Logs retries and failures.</param>
    /// <param name="time">Times the back-off between conflicting attempts.</param>
    /// <param name="taskIds">
    /// Hands out task ids never used before, across restarts (<c>Tasks.TaskIdSource</c>); without it
    /// ids count from 1 in each process.
    /// </param>
    public WorldTasks(WorldObjects objects, EventJournal journal, ITaskEffectSink effects, ILogger<WorldTasks>? logger = null, TimeProvider? time = null,
        Func<CancellationToken, ValueTask<long>>? taskIds = null)
    {
        ArgumentNullException.ThrowIfNull(objects);
        ArgumentNullException.ThrowIfNull(effects);
        _objects = objects;
        _committer = new TransactionCommitter(objects, journal);
        _effects = effects;
        _backoff = new ConflictBackoff(objects, time ?? TimeProvider.System);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _taskIds = taskIds;
    }

    /// <summary>The world's objects.</summary>
    public WorldObjects Objects => _objects;

    /// <summary>Where committed tasks' effects go (the task queue also tells players about failed background tasks there).</summary>
    internal ITaskEffectSink Effects => _effects;

    /// <summary>Runs <paramref name="body"/> as one atomic task.</summary>
    /// <param name="body">The task's work; run again from the start after a conflict.</param>
    /// <param name="cancellationToken">Cancels the task.</param>
    /// <param name="taskId">
    /// The id of a task that has one already: a task continuing after <c>suspend()</c> or <c>read()</c>
    /// commits each part as a task of its own under its one id. Null: a fresh id.
    /// </param>
    public async Task<TaskOutcome<T>> RunAsync<T>(Func<WorldTransaction, CancellationToken, ValueTask<T>> body, CancellationToken cancellationToken = default, long? taskId = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        return await RunAttemptsAsync(body, taskId ?? await NextTaskIdAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A task id never handed out before.</summary>
    public ValueTask<long> NextTaskIdAsync(CancellationToken cancellationToken = default) =>
        _taskIds is { } source ? source(cancellationToken) : ValueTask.FromResult(Interlocked.Increment(ref _lastTaskId));

    private async Task<TaskOutcome<T>> RunAttemptsAsync<T>(Func<WorldTransaction, CancellationToken, ValueTask<T>> body, long taskId, CancellationToken cancellationToken)
    {
        var turn = new TurnSlot();
        try
        {
            return await RunAttemptLoopAsync(body, taskId, turn, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Every way out — committed, failed, given up, cancelled, thrown — gives the turn back,
            // so a task that is gone never stalls the tasks queued behind it.
            if (turn.Object is { } held)
                _objects.EndTurn(held, taskId);
        }
    }

    private async Task<TaskOutcome<T>> RunAttemptLoopAsync<T>(Func<WorldTransaction, CancellationToken, ValueTask<T>> body, long taskId, TurnSlot turn, CancellationToken cancellationToken)
    {
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
                    if (attempt < maxAttempts)
                        turn.Object = await _backoff.BeforeRerunAsync(validation, attempt, taskId, turn.Object, cancellationToken).ConfigureAwait(false);
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
                    if (attempt < maxAttempts)
                        turn.Object = await _backoff.BeforeRerunAsync(result, attempt, taskId, turn.Object, cancellationToken).ConfigureAwait(false);
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

    /// <summary>The turn a running task holds on the object it last conflicted on, if any (see <see cref="ConflictBackoff"/>).</summary>
    private sealed class TurnSlot
    {
        /// <summary>The object whose turn the task holds; null when it holds none.</summary>
        public ObjectId? Object { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Task {TaskId} attempt {Attempt} conflicted ({Reason}); re-running it")]
    private static partial void LogRetry(ILogger logger, long taskId, int attempt, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId} gave up after {Attempts} conflicting attempts (last: {Reason})")]
    private static partial void LogGaveUp(ILogger logger, long taskId, int attempts, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Task {TaskId} could not be committed: {Reason}")]
    private static partial void LogCommitFailed(ILogger logger, long taskId, string? reason);
}
