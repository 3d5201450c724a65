using ActorMoo.Actors.World.Tasks;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.HostFunctions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Verbs;

/// <summary>Task control: <c>fork</c>, <c>suspend</c>, <c>read</c>, <c>queued_tasks</c>, <c>kill_task</c>, <c>resume</c>, and the hooks replay needs.</summary>
public sealed partial class VerbTask
{
    /// <summary>Forks made in the current transaction, started when it commits.</summary>
    private readonly List<ForkRequest> _forks = [];

    /// <summary>Tasks to kill (<c>kill_task</c>) or wake (<c>resume</c>) when the current transaction commits, in call order.</summary>
    private readonly List<(long Id, bool Kill, MooValue Value)> _controls = [];

    /// <summary>The scheduler driving this task; null for a verb run outside it (task control is then refused).</summary>
    internal TaskQueue? Scheduler { get; set; }

    /// <summary>The run's host-call log (replay, then recording); null outside the scheduler.</summary>
    internal TaskLog? Log { get; set; }

    /// <summary>The frame most recently entered: the callee of the nested call being set up.</summary>
    internal VerbFrame LastEnteredFrame => _frames[^1];

    /// <summary>The frames of the verbs running now, outermost first.</summary>
    internal IReadOnlyList<VerbFrame> SnapshotFrames() => [.. _frames.Take(Depth)];

    /// <summary>Puts back the frames saved when the task suspended or forked (replayed calls leave the frames alone).</summary>
    /// <returns>False when the run is not as deep as it was then: replay went astray.</returns>
    internal bool RestoreFrames(IReadOnlyList<VerbFrame> frames)
    {
        if (frames.Count != Depth)
            return false;
        _frames.Clear();
        _frames.AddRange(frames);
        return true;
    }

    /// <summary>Enters the task's top-level verb as it started, without reading the world.</summary>
    internal VerbCall EnterStart(TaskStart start)
    {
        _frames.Clear();
        _frames.Add(start.Frame);
        return new VerbCall(start.Code, GlobalsFor(start.Frame, start.Args), start.Args);
    }

    /// <summary>A replayed nested call: the same code, globals and arguments as when it ran.</summary>
    internal VerbCall EnterLogged(VerbCode code, LoggedCall call) => new(code, GlobalsFor(call.Frame, call.Args), call.Args);

    /// <summary>Starts a new transaction of the task: nothing is pending from an earlier attempt.</summary>
    internal void BeginAttempt(Transactions.WorldTransaction transaction)
    {
        Transaction = transaction;
        _forks.Clear();
        _controls.Clear();
    }

    /// <summary>The forks of the transaction that committed.</summary>
    internal IReadOnlyList<ForkRequest> TakeForks()
    {
        var forks = _forks.ToArray();
        _forks.Clear();
        return forks;
    }

    /// <summary>The kills and resumes of the transaction that committed.</summary>
    internal IReadOnlyList<(long Id, bool Kill, MooValue Value)> TakeControls()
    {
        var controls = _controls.ToArray();
        _controls.Clear();
        return controls;
    }

    /// <summary>Why this task cannot wait or fork (null when it can): it runs outside the queue, or its log is full.</summary>
    private string? TaskControlRefusal(string function) =>
        Scheduler is null || Log is null ? $"{function}() is not available in this task."
        : Log.IsFull ? $"{function}() is not available after {TaskLog.MaxEntries:N0} world calls in one task: the task could not be brought back after a restart. Suspend or fork earlier."
        : null;

    /// <summary><c>suspend([seconds])</c>: ends the transaction here; the task goes on in a new one after the delay (none: when resumed).</summary>
    public HostResult Suspend(MooValue seconds)
    {
        if (TaskControlRefusal("suspend") is { } refusal)
            return HostResult.Fail(refusal);
        TimeSpan? delay = null;
        if (!seconds.IsNil)
        {
            var value = seconds.Kind == MooValueKind.Integer ? seconds.AsInteger() : seconds.Kind == MooValueKind.Float ? seconds.AsFloat() : double.NaN;
            if (!double.IsFinite(value) || value < 0 || value > TaskQueue.MaxDelay.TotalSeconds)
                return HostResult.Fail($"Invalid argument: suspend() takes a number of seconds from 0 to {TaskQueue.MaxDelay.TotalSeconds:0}.");
            delay = TimeSpan.FromSeconds(value);
        }
        return HostResult.Pending(new SuspendRequest(delay, SnapshotFrames()));
    }

    /// <summary><c>read()</c>: ends the transaction here; the task goes on in a new one with the player's next line.</summary>
    public HostResult Read() =>
        TaskControlRefusal("read") is { } refusal ? HostResult.Fail(refusal) : HostResult.Pending(new ReadRequest(SnapshotFrames()));

    /// <summary>Checks that the running verb may read the player's input: its programmer is the player, or a wizard.</summary>
    internal async ValueTask<string?> CheckReadAsync(CancellationToken cancellationToken)
    {
        if (Current.Programmer == Player || (await ProgrammerAsync(cancellationToken).ConfigureAwait(false)).IsWizard)
            return null;
        return $"Permission denied: only {Player}'s own verbs or a wizard's may read {Player}'s input.";
    }

    /// <summary>
    /// <c>fork(seconds, fn)</c>, the host half: gives the new task its id now (LambdaMOO's rule) and
    /// starts it when this transaction commits. Returns <c>{id, false}</c>; the new task, replayed to
    /// this call, gets <c>{id, true}</c> and runs the function.
    /// </summary>
    public async ValueTask<MooValue> ForkAsync(MooValue seconds, CancellationToken cancellationToken = default)
    {
        if (TaskControlRefusal("fork") is { } refusal)
            throw new VerbError(refusal);
        var scheduler = Scheduler!;
        var value = seconds.Kind == MooValueKind.Integer ? seconds.AsInteger() : seconds.Kind == MooValueKind.Float ? seconds.AsFloat() : double.NaN;
        if (!double.IsFinite(value) || value < 0 || value > TaskQueue.MaxDelay.TotalSeconds)
            throw new VerbError($"Invalid argument: fork() takes a number of seconds from 0 to {TaskQueue.MaxDelay.TotalSeconds:0}.");
        // The entry this call gets in the log, taken before anything can wait.
        var point = new ForkPoint(Log!.Position, SnapshotFrames());
        var id = await scheduler.NextTaskIdAsync(cancellationToken).ConfigureAwait(false);
        _forks.Add(new ForkRequest(id, TimeSpan.FromSeconds(value), point));
        return TaskLog.ForkValue(id, child: false);
    }

    /// <summary><c>queued_tasks()</c>: the waiting tasks of the running verb's programmer (a wizard's: all).</summary>
    public async ValueTask<MooValue> QueuedTasksAsync(CancellationToken cancellationToken = default)
    {
        var scheduler = Scheduler ?? throw new VerbError("queued_tasks() is not available in this task.");
        var who = await ProgrammerAsync(cancellationToken).ConfigureAwait(false);
        return MooValue.List(scheduler.QueuedTasks()
            .Where(t => who.IsWizard || t.Owner == who.Id)
            .Select(t => t.ToValue()));
    }

    /// <summary><c>kill_task(id)</c>: the waiting task is removed when this transaction commits (its owner or a wizard).</summary>
    public ValueTask<MooValue> KillTaskAsync(long id, CancellationToken cancellationToken = default) =>
        ControlAsync(id, kill: true, MooValue.Nil, cancellationToken);

    /// <summary><c>resume(id[, value])</c>: a suspended task wakes with <paramref name="value"/> when this transaction commits.</summary>
    public ValueTask<MooValue> ResumeTaskAsync(long id, MooValue value, CancellationToken cancellationToken = default) =>
        ControlAsync(id, kill: false, value, cancellationToken);

    private async ValueTask<MooValue> ControlAsync(long id, bool kill, MooValue value, CancellationToken cancellationToken)
    {
        var scheduler = Scheduler ?? throw new VerbError("Task control is not available in this task.");
        if (id == Transaction.TaskId)
            throw new VerbError($"Invalid argument: task {id} is this task; return from the verb instead.");
        var target = scheduler.QueuedTasks().FirstOrDefault(t => t.Id == id)
            ?? throw new VerbError($"Invalid argument: there is no waiting task {id}.");
        var who = await ProgrammerAsync(cancellationToken).ConfigureAwait(false);
        if (!who.IsWizard && target.Owner != who.Id)
            throw new VerbError($"Permission denied: task {id} belongs to {target.Owner}.");
        if (!kill && target.Wait != TaskWaitKind.Suspended)
            throw new VerbError($"Invalid argument: task {id} is not suspended ({target.Wait.ToString().ToLowerInvariant()}).");
        _controls.Add((id, kill, value));
        return MooValue.Nil;
    }
}
