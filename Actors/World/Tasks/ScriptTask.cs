using ActorMoo.Actors.World.Transactions;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Scripting.Budgets;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.Errors;
using ActorMoo.Scripting.HostFunctions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Tasks;

/// <summary>Resolves a new task's top-level verb in its first transaction; null when there is nothing to run.</summary>
internal delegate ValueTask<(VerbTask Task, VerbCall Call)?> TaskPreparation(WorldTransaction transaction, CancellationToken cancellationToken);

/// <summary>How one transaction of a task ended: the verb returned, or the task waits.</summary>
/// <param name="Value">The verb's result (nil when it waits).</param>
/// <param name="Wait">Why it waits; null when the task is over.</param>
/// <param name="Delay">For a suspend: how long (null: until resumed).</param>
/// <param name="Waiting">The <c>suspend</c>/<c>read</c> call it waits in, with its frames.</param>
internal sealed record SegmentEnd(MooValue Value, TaskWaitKind? Wait = null, TimeSpan? Delay = null, ReplayEntry? Waiting = null);

/// <summary>
/// One MOO task across its transactions. Its script run lives on while the task waits in
/// <c>suspend</c> or <c>read</c>; a transaction of it that must run again (a conflict), or a task
/// restored after a restart or evicted from memory, gets a fresh run that replays the committed log
/// up to where the task stands and continues live from there.
/// </summary>
/// <remarks>One transaction of a task runs at a time (the scheduler only wakes a task it took out of its waiting set).</remarks>
internal sealed class ScriptTask
{
    private ScriptRun? _run;
    private VerbTask? _verb;
    private TaskLog? _runLog;

    /// <summary>True while <see cref="_run"/> waits exactly at the task's last committed point, so it can simply go on.</summary>
    private bool _clean;

    /// <summary>What the waiting call returns when the task goes on.</summary>
    private MooValue _wakeValue;

    /// <summary>The start resolved by the current attempt of the first transaction; kept if it commits.</summary>
    private TaskStart? _attemptStart;

    public ScriptTask(long id, ObjectId player, TaskStart? start, List<ReplayEntry> log, IReadOnlyList<ForkPoint> forkPoints, Dictionary<string, VerbCode> codes)
    {
        Id = id;
        Player = player;
        Start = start;
        Log = log;
        ForkPoints = forkPoints;
        Codes = codes;
    }

    public long Id { get; }

    public ObjectId Player { get; }

    /// <summary>How it started; null until its first transaction commits.</summary>
    public TaskStart? Start { get; private set; }

    /// <summary>The host calls of its committed transactions, wake values included.</summary>
    public List<ReplayEntry> Log { get; }

    public IReadOnlyList<ForkPoint> ForkPoints { get; }

    public Dictionary<string, VerbCode> Codes { get; }

    /// <summary>The last event number of its journal stream (0: never saved).</summary>
    public long SequenceNr { get; set; }

    /// <summary>True when the stream's latest event saves the wait the task is in now.</summary>
    public bool IsSaved { get; set; }

    public TaskWaitKind Wait { get; set; }

    /// <summary>The suspend or read it waits in (null for a fork waiting to start).</summary>
    public ReplayEntry? Waiting { get; set; }

    public DateTimeOffset? WakeAt { get; set; }

    public VerbFrame? Where { get; set; }

    public ObjectId Owner { get; set; }

    /// <summary>The timer that wakes it, while it waits for a time.</summary>
    public ITimer? Timer { get; set; }

    public QueuedTask Describe() => new(Id, Wait, Owner, Player, Where!, WakeAt);

    public TaskRecord ToRecord() =>
        new(Id, Player, Owner, Start!, [.. Log], ForkPoints, new Dictionary<string, VerbCode>(Codes), Wait, Waiting, WakeAt, Where!);

    /// <summary>Runs one attempt of the task's current transaction, in <paramref name="transaction"/>.</summary>
    public async ValueTask<SegmentEnd> RunAttemptAsync(TaskQueue scheduler, WorldTransaction transaction, TaskPreparation? prepare, ScriptBudget budget, CancellationToken cancellationToken)
    {
        ScriptRunStatus status;
        if (_run is { } live && _clean)
        {
            _clean = false;
            _verb!.BeginAttempt(transaction);
            live.RenewBudget(budget);
            status = live.Resume(HostResult.Ok(_wakeValue));
        }
        else
        {
            DisposeRun();
            VerbTask verb;
            VerbCall call;
            if (Start is null)
            {
                if (await prepare!(transaction, cancellationToken).ConfigureAwait(false) is not { } entry)
                    return new SegmentEnd(MooValue.Nil);
                (verb, call) = entry;
                _attemptStart = new TaskStart(call.Code, verb.LastEnteredFrame, call.Args, verb.Command);
            }
            else
            {
                verb = new VerbTask(transaction, Player, Start.Command, scheduler.Services);
                call = verb.EnterStart(Start);
            }
            verb.Scheduler = scheduler;
            verb.BeginAttempt(transaction);
            verb.Log = _runLog = new TaskLog(Log, Codes, ForkPoints);
            _verb = verb;
            var replayBudget = ReplayBudget(scheduler.Engine.Settings);
            _run = scheduler.Engine.Start(new ScriptRunRequest(call.Code, _runLog.IsReplaying ? replayBudget : budget) { Globals = call.Globals, Args = call.Args, Context = verb });
            verb.Run = _run;
            status = _run.Status == ScriptRunStatus.NotStarted ? _run.Resume() : _run.Status;
        }
        return await DriveAsync(status, budget, ReplayBudget(scheduler.Engine.Settings), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The transaction committed: its log entries join the task's, and a new task keeps the start it resolved.</summary>
    public (IReadOnlyList<ForkRequest> Forks, IReadOnlyList<(long Id, bool Kill, MooValue Value)> Controls) Commit()
    {
        Start ??= _attemptStart;
        if (_runLog is not null)
            Log.AddRange(_runLog.TakeSegment());
        return _verb is null ? ([], []) : (_verb.TakeForks(), _verb.TakeControls());
    }

    /// <summary>The task now waits as <paramref name="end"/> says; its live run, if kept, can go on from here.</summary>
    public void BeginWaiting(SegmentEnd end, DateTimeOffset now, bool keepRun)
    {
        Wait = end.Wait!.Value;
        Waiting = end.Waiting;
        WakeAt = end.Delay is { } delay ? now + delay : null;
        Where = end.Waiting!.Frames![^1];
        Owner = Where.Programmer;
        _clean = keepRun;
        if (!keepRun)
            DisposeRun();
    }

    /// <summary>The task wakes: its waiting call returns <paramref name="value"/> (logged, so that replay returns it too).</summary>
    public void Wake(MooValue value)
    {
        if (Waiting is { } waiting)
            Log.Add(waiting with { Value = value });
        Waiting = null;
        _wakeValue = value;
    }

    /// <summary>Gives the run's Lua state back; the task is replayed if it runs again.</summary>
    public void DisposeRun()
    {
        _clean = false;
        _run?.Dispose();
        _run = null;
        _verb = null;
        _runLog = null;
    }

    /// <summary>
    /// The budget of a run while it replays: ten times the larger of the foreground and background
    /// budgets. Replayed code already ran within its budgets, but replay has its own overhead and the
    /// first transaction ran with the foreground budget; the margin keeps a task from failing for
    /// being brought back, and the limit still stops a replay that went astray.
    /// </summary>
    private static ScriptBudget ReplayBudget(Scripting.ScriptingSettings settings)
    {
        var (foreground, background) = (settings.Foreground, settings.Background);
        return new ScriptBudget(Math.Max(foreground.Steps, background.Steps) * 10, Math.Max(foreground.MemoryBytes, background.MemoryBytes),
            (foreground.WallClock > background.WallClock ? foreground.WallClock : background.WallClock) * 10);
    }

    private async ValueTask<SegmentEnd> DriveAsync(ScriptRunStatus status, ScriptBudget budget, ScriptBudget replayBudget, CancellationToken cancellationToken)
    {
        var run = _run!;
        var verb = _verb!;
        var log = _runLog!;
        while (status == ScriptRunStatus.Suspended)
        {
            switch (run.PendingOperation)
            {
                case PendingWorldCall pending:
                    var reply = await pending.Reply.ConfigureAwait(false);
                    log.Complete(reply, verb);
                    status = run.Resume(reply);
                    break;
                case ReplayedWake wake:
                    status = Continue(wake.Value, wake.Frames);
                    break;
                case ReplayedFork fork:
                    status = Continue(fork.Value, fork.Frames);
                    break;
                case SuspendRequest suspend:
                    return new SegmentEnd(MooValue.Nil, TaskWaitKind.Suspended, suspend.Delay, WaitingCall(log, suspend.Frames));
                case ReadRequest read:
                    if (await verb.CheckReadAsync(cancellationToken).ConfigureAwait(false) is { } denied)
                    {
                        var refusal = HostResult.Fail(denied);
                        log.Complete(refusal, verb);
                        status = run.Resume(refusal);
                        break;
                    }
                    return new SegmentEnd(MooValue.Nil, TaskWaitKind.Reading, null, WaitingCall(log, read.Frames));
                case ForkFinished finished:
                    if (finished.Error is { } error)
                        throw new VerbFailedException(new ScriptError(ScriptErrorCodes.Runtime, error, "", error));
                    return new SegmentEnd(MooValue.Nil);
                case ReplayDiverged:
                    log.Diverge("the verb waited where it could not wait when it ran");
                    throw Diverged(log);
                default:
                    throw new InvalidOperationException($"A world verb waited for an operation the world does not know: {run.PendingOperation?.GetType().Name}.");
            }
        }
        if (log.Divergence is not null)
            throw Diverged(log);
        if (status == ScriptRunStatus.Failed)
            throw new VerbFailedException(run.Error!);
        return new SegmentEnd(run.Result);

        // Past a replayed wait: the transaction after it gets its own budget, the real one once replay is over.
        ScriptRunStatus Continue(MooValue value, IReadOnlyList<VerbFrame> frames)
        {
            if (!verb.RestoreFrames(frames))
            {
                log.Diverge($"the verb was {verb.Depth} calls deep where it had been {frames.Count} deep");
                throw Diverged(log);
            }
            run.RenewBudget(log.IsReplaying ? replayBudget : budget);
            return run.Resume(HostResult.Ok(value));
        }
    }

    private static ReplayEntry WaitingCall(TaskLog log, IReadOnlyList<VerbFrame> frames)
    {
        var (function, args) = log.TakeOpen();
        return new ReplayEntry(function, args, ReplayOutcome.Wake) { Frames = frames };
    }

    private TaskReplayException Diverged(TaskLog log) => new(Id, log.Divergence!);
}

/// <summary>
/// A task restored by replay did something else than it had done: it cannot be brought back to where
/// it stood, so it fails (its earlier transactions stay committed).
/// </summary>
public sealed class TaskReplayException : Exception
{
    /// <summary>Creates the exception for task <paramref name="taskId"/>.</summary>
    public TaskReplayException(long taskId, string reason)
        : base($"Task {taskId} could not be brought back to where it waited: {reason}. A verb that suspends, reads or forks must make the same calls in the same order when it runs again (see 'Task control' in docs/tasks-and-transactions.md).")
    {
        TaskId = taskId;
    }

    /// <summary>The task.</summary>
    public long TaskId { get; }
}
