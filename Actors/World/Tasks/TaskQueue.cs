using ActorMoo.Actors.World.Transactions;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Scripting.Budgets;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.Values;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorMoo.Actors.World.Tasks;

/// <summary>
/// Runs verb tasks across their transactions and keeps the waiting ones: forks until their delay is
/// over, tasks in <c>suspend()</c> until their time comes or they are resumed, tasks in <c>read()</c>
/// until their player types a line. Each transaction of a task commits on its own (LambdaMOO's
/// meaning of suspend and read). Waiting tasks are saved in the journal and come back after a restart
/// (<see cref="RecoverAsync"/>) by deterministic replay: see docs/tasks-and-transactions.md,
/// "Task control". One per world; thread-safe.
/// </summary>
public sealed partial class TaskQueue : IAsyncDisposable
{
    /// <summary>The longest delay <c>fork</c> and <c>suspend</c> accept (ten years).</summary>
    public static TimeSpan MaxDelay { get; } = TimeSpan.FromDays(3650);

    private readonly WorldTasks _tasks;
    private readonly TaskStore? _store;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();

    /// <summary>The waiting tasks by id; a task is taken out (under <see cref="_gate"/>) by whoever wakes or kills it.</summary>
    private readonly Dictionary<long, ScriptTask> _waiting = [];

    /// <summary>Transactions of woken tasks running in the background, awaited on dispose.</summary>
    private readonly HashSet<Task> _running = [];

    /// <summary>Set by <see cref="DisposeAsync"/> (under <see cref="_gate"/>): nothing new starts or waits.</summary>
    private bool _stopped;

    /// <summary>Creates the scheduler.</summary>
    /// <param name="tasks">Runs each transaction of a task.</param>
    /// <param name="engine">The engine with the world's verb API (<c>VerbExecutor.CreateEngine</c>).</param>
    /// <param name="services">The directories and clock verbs use.</param>
    /// <param name="store">Where waiting tasks are saved; null keeps them in memory only (they die with the process).</param>
    /// <param name="time">The clock of delays; tests pass a manual one.</param>
    /// <param name="logger">Logs failed background tasks and lost saves.</param>
    /// <param name="keepRunsUpTo">
    /// A task suspended for at most this long keeps its Lua run (and state) in memory and simply goes
    /// on; longer or open-ended suspensions give the state back and are replayed when they wake.
    /// Tasks in <c>read()</c> keep theirs. Default: one minute.
    /// </param>
    public TaskQueue(WorldTasks tasks, ScriptEngine engine, VerbTaskServices? services = null, TaskStore? store = null,
        TimeProvider? time = null, ILogger<TaskQueue>? logger = null, TimeSpan? keepRunsUpTo = null)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(engine);
        _tasks = tasks;
        Engine = engine;
        Services = services ?? VerbTaskServices.Default;
        _store = store;
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        KeepRunsUpTo = keepRunsUpTo ?? TimeSpan.FromMinutes(1);
    }

    /// <summary>The engine verbs run in.</summary>
    public ScriptEngine Engine { get; }

    /// <summary>The directories and clock verbs use.</summary>
    public VerbTaskServices Services { get; }

    /// <summary>Suspensions up to this long keep their run in memory (see the constructor).</summary>
    public TimeSpan KeepRunsUpTo { get; }

    /// <summary>The waiting tasks, by id.</summary>
    public IReadOnlyList<QueuedTask> QueuedTasks()
    {
        lock (_gate) return [.. _waiting.Values.Select(t => t.Describe()).OrderBy(t => t.Id)];
    }

    /// <summary>A task id never used before.</summary>
    internal ValueTask<long> NextTaskIdAsync(CancellationToken cancellationToken) => _tasks.NextTaskIdAsync(cancellationToken);

    /// <summary>
    /// Runs a new task of <paramref name="player"/> up to its end or its first wait: the outcome is
    /// that of its first transaction (nil as the value if it waits). Later transactions run in the background.
    /// </summary>
    internal async Task<TaskOutcome<MooValue>> RunAsync(ObjectId player, TaskPreparation prepare, ScriptBudget budget, CancellationToken cancellationToken)
    {
        var id = await _tasks.NextTaskIdAsync(cancellationToken).ConfigureAwait(false);
        return await RunTransactionAsync(new ScriptTask(id, player, null, [], [], []), prepare, budget, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TaskOutcome<MooValue>> RunTransactionAsync(ScriptTask task, TaskPreparation? prepare, ScriptBudget budget, CancellationToken cancellationToken)
    {
        TaskOutcome<SegmentEnd> outcome;
        try
        {
            outcome = await _tasks.RunAsync((tx, ct) => task.RunAttemptAsync(this, tx, prepare, budget, ct), cancellationToken, task.Id).ConfigureAwait(false);
        }
        catch
        {
            task.DisposeRun();
            throw;
        }
        if (!outcome.IsCommitted)
        {
            task.DisposeRun();
            await ForgetAsync(task).ConfigureAwait(false);
            return new TaskOutcome<MooValue>(outcome.Status, default, outcome.Error, outcome.Message, outcome.Attempts);
        }

        var end = outcome.Value!;
        var (forks, controls) = task.Commit();
        foreach (var fork in forks)
            await QueueForkAsync(task, fork).ConfigureAwait(false);
        foreach (var (id, kill, value) in controls)
        {
            if (kill)
                await KillAsync(id).ConfigureAwait(false);
            else
                Wake(id, value, t => t.Wait == TaskWaitKind.Suspended);
        }
        if (end.Wait is not { } wait)
        {
            task.DisposeRun();
            await ForgetAsync(task).ConfigureAwait(false);
        }
        else
        {
            // A short suspension keeps its run and is saved only if the world stops while it waits.
            var brief = wait == TaskWaitKind.Suspended && end.Delay is { } delay && delay <= KeepRunsUpTo;
            task.BeginWaiting(end, _time.GetUtcNow(), keepRun: brief || wait == TaskWaitKind.Reading);
            if (!brief)
                await SaveAsync(task).ConfigureAwait(false);
            if (!Enqueue(task) && !task.IsSaved)
                await SaveAsync(task).ConfigureAwait(false);
        }
        return new TaskOutcome<MooValue>(WorldTaskStatus.Committed, end.Value, null, null, outcome.Attempts);
    }

    /// <summary>Queues the task a committed <c>fork</c> asked for: its parent's start and log up to the fork call, which replay turns into the forked function.</summary>
    private async Task QueueForkAsync(ScriptTask parent, ForkRequest fork)
    {
        var where = fork.Point.Frames[^1];
        var child = new ScriptTask(fork.Id, parent.Player, parent.Start, [.. parent.Log.Take(fork.Point.Entry + 1)], [.. parent.ForkPoints, fork.Point], new(parent.Codes))
        {
            Wait = TaskWaitKind.Forked,
            WakeAt = _time.GetUtcNow() + fork.Delay,
            Where = where,
            Owner = where.Programmer,
        };
        await SaveAsync(child).ConfigureAwait(false);
        Enqueue(child);
    }

    /// <summary>Runs the next transaction of a woken task in the background; a failure is told to its player.</summary>
    /// <returns>The continuation, which never fails (completed at once when the queue has stopped).</returns>
    private Task RunInBackground(ScriptTask task)
    {
        Task work;
        lock (_gate)
        {
            if (_stopped)
                return Task.CompletedTask;
            work = Task.Run(() => ContinueAsync(task));
            _running.Add(work);
        }
        work.ContinueWith(done => { lock (_gate) _running.Remove(done); }, TaskScheduler.Default);
        return work;
    }

    private async Task ContinueAsync(ScriptTask task)
    {
        try
        {
            await MarkResumedAsync(task).ConfigureAwait(false);
            // Not cancelled on dispose: a transaction that has begun runs to its end (its budget bounds it).
            var outcome = await RunTransactionAsync(task, null, Engine.Settings.Background, CancellationToken.None).ConfigureAwait(false);
            if (!outcome.IsCommitted)
            {
                LogTaskFailed(_logger, task.Id, outcome.Message);
                _tasks.Effects.Release(task.Id, [new NotifyEffect(task.Player, $"Task {task.Id} stopped: {outcome.Message}")]);
            }
        }
        catch (Exception e)
        {
            LogTaskCrashed(_logger, task.Id, e);
        }
    }

    /// <summary>Saves a waiting task; if the journal fails, the task still waits, in memory only.</summary>
    private async Task SaveAsync(ScriptTask task)
    {
        if (_store is null)
            return;
        try
        {
            task.SequenceNr = await _store.SaveAsync(task.ToRecord(), task.SequenceNr).ConfigureAwait(false);
            task.IsSaved = true;
        }
        catch (JournalException e)
        {
            LogSaveFailed(_logger, task.Id, e);
        }
    }

    /// <summary>
    /// Records that a saved task left its wait, before its next transaction runs: if the world stops
    /// before the task waits again, the task is lost rather than brought back to run that transaction
    /// a second time (it may have committed). If the journal fails, the task runs anyway.
    /// </summary>
    private async Task MarkResumedAsync(ScriptTask task)
    {
        if (_store is null || !task.IsSaved)
            return;
        task.IsSaved = false;
        try
        {
            task.SequenceNr = await _store.MarkResumedAsync(task.Id, task.SequenceNr).ConfigureAwait(false);
        }
        catch (JournalException e)
        {
            LogSaveFailed(_logger, task.Id, e);
        }
    }

    /// <summary>Removes an ended task's saved wait, if it had one.</summary>
    private async Task ForgetAsync(ScriptTask task)
    {
        if (_store is null || task.SequenceNr == 0)
            return;
        try
        {
            await _store.EndAsync(task.Id, task.SequenceNr).ConfigureAwait(false);
            task.SequenceNr = 0;
        }
        catch (JournalException e)
        {
            LogForgetFailed(_logger, task.Id, e);
        }
    }

    /// <summary>
    /// Stops the world's tasks: waits for running transactions, saves the short suspensions that
    /// were not saved yet, stops the timers and gives back the waiting tasks' Lua states. Every
    /// waiting task comes back with <see cref="RecoverAsync"/> in the next incarnation.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        Task[] running;
        lock (_gate)
        {
            if (_stopped)
                return;
            _stopped = true;
            running = [.. _running];
        }
        await Task.WhenAll(running).ConfigureAwait(false);
        ScriptTask[] waiting;
        lock (_gate)
        {
            waiting = [.. _waiting.Values];
            _waiting.Clear();
        }
        foreach (var task in waiting)
        {
            task.Timer?.Dispose();
            task.DisposeRun();
            if (!task.IsSaved)
                await SaveAsync(task).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} stopped: {Reason}")]
    private static partial void LogTaskFailed(ILogger logger, long taskId, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Task {TaskId} crashed")]
    private static partial void LogTaskCrashed(ILogger logger, long taskId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Task {TaskId} could not be saved: it waits in memory only and will not survive a restart")]
    private static partial void LogSaveFailed(ILogger logger, long taskId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Task {TaskId} ended but its saved wait could not be removed: it may run again after a restart")]
    private static partial void LogForgetFailed(ILogger logger, long taskId, Exception exception);
}
