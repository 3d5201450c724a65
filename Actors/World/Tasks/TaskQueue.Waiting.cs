using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.World.Tasks;

public sealed partial class TaskQueue
{
    /// <summary>The longest single timer; longer waits re-arm (platform timers top out near 49 days).</summary>
    private static readonly TimeSpan LongestTimer = TimeSpan.FromDays(1);

    /// <summary>
    /// Gives <paramref name="line"/> to <paramref name="player"/>'s task waiting in <c>read()</c> (the
    /// oldest, if several), which goes on in a new transaction with it. The session layer calls this
    /// for every line the player types and sends the line to the command parser only when it
    /// returns false.
    /// </summary>
    /// <returns>True when a task took the line.</returns>
    public bool TryDeliverInput(ObjectId player, string line) => DeliverInput(player, line) is not null;

    /// <summary>
    /// Like <see cref="TryDeliverInput"/>, and tells when the woken task has gone as far as it can:
    /// the returned task completes once its new transaction has ended (the verb finished, failed, or
    /// waits again, e.g. in its next <c>read()</c>). A session holds later lines until then, so that
    /// lines pasted together reach the reading task in order instead of the command parser.
    /// </summary>
    /// <returns>Null when no task of <paramref name="player"/> waits in <c>read()</c>.</returns>
    public Task? DeliverInput(ObjectId player, string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        ScriptTask? reader;
        lock (_gate)
        {
            reader = _waiting.Values.Where(t => t.Wait == TaskWaitKind.Reading && t.Player == player).MinBy(t => t.Id);
            if (reader is null)
                return null;
            _waiting.Remove(reader.Id);
        }
        reader.Wake(line);
        return RunInBackground(reader);
    }

    /// <summary>True when <paramref name="player"/> has a task waiting in <c>read()</c>.</summary>
    public bool IsReading(ObjectId player)
    {
        lock (_gate) return _waiting.Values.Any(t => t.Wait == TaskWaitKind.Reading && t.Player == player);
    }

    /// <summary>Removes a waiting task for good (an operator's kill; verbs use <c>kill_task</c>, which checks permissions).</summary>
    /// <returns>False when no task <paramref name="id"/> waits.</returns>
    public async Task<bool> KillAsync(long id)
    {
        ScriptTask? task;
        lock (_gate)
        {
            if (!_waiting.Remove(id, out task))
                return false;
        }
        task.Timer?.Dispose();
        task.DisposeRun();
        await ForgetAsync(task).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Brings back the tasks that were waiting when the world last stopped: forks and suspended tasks
    /// whose time has come run at once, the others when their time comes; tasks in <c>read()</c> go on
    /// when their player next types a line. Call once, before players connect.
    /// </summary>
    /// <returns>How many tasks came back.</returns>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken = default)
    {
        if (_store is null)
            return 0;
        var saved = await _store.LoadWaitingAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (record, sequenceNr) in saved)
        {
            Enqueue(new ScriptTask(record.Id, record.Player, record.Start, [.. record.Log], record.ForkPoints, new(record.Codes))
            {
                SequenceNr = sequenceNr,
                IsSaved = true,
                Wait = record.Wait,
                Waiting = record.Waiting,
                WakeAt = record.WakeAt,
                Where = record.Where,
                Owner = record.Owner,
            });
        }
        return saved.Count;
    }

    /// <summary>Wakes waiting task <paramref name="id"/> with <paramref name="value"/> if <paramref name="accept"/> agrees.</summary>
    private bool Wake(long id, MooValue value, Func<ScriptTask, bool> accept)
    {
        ScriptTask? task;
        lock (_gate)
        {
            if (!_waiting.TryGetValue(id, out task) || !accept(task))
                return false;
            _waiting.Remove(id);
        }
        task.Timer?.Dispose();
        task.Wake(value);
        RunInBackground(task);
        return true;
    }

    /// <summary>Adds a task to the waiting set, with a timer if it waits for a time.</summary>
    /// <returns>False when the queue has stopped: the task only keeps its saved wait, if any.</returns>
    private bool Enqueue(ScriptTask task)
    {
        lock (_gate)
        {
            if (_stopped)
            {
                task.DisposeRun();
                return false;
            }
            _waiting[task.Id] = task;
            if (task.WakeAt is not null)
                Arm(task);
            return true;
        }
    }

    /// <summary>Sets the task's timer for its wake time, or for <see cref="LongestTimer"/> if that is further away.</summary>
    private void Arm(ScriptTask task)
    {
        var due = task.WakeAt!.Value - _time.GetUtcNow();
        if (due <= TimeSpan.Zero)
        {
            ThreadPool.QueueUserWorkItem(static s => s.queue.OnTimer(s.task), (queue: this, task), preferLocal: false);
            return;
        }
        task.Timer?.Dispose();
        task.Timer = _time.CreateTimer(static s =>
        {
            var (queue, timed) = ((TaskQueue, ScriptTask))s!;
            queue.OnTimer(timed);
        }, (this, task), due < LongestTimer ? due : LongestTimer, Timeout.InfiniteTimeSpan);
    }

    /// <summary>A timer went off: wake the task if it still waits and its time has come, else re-arm.</summary>
    private void OnTimer(ScriptTask task)
    {
        lock (_gate)
        {
            if (!_waiting.TryGetValue(task.Id, out var waiting) || waiting != task)
                return;
            if (task.WakeAt is { } wakeAt && wakeAt > _time.GetUtcNow())
            {
                Arm(task);
                return;
            }
        }
        Wake(task.Id, MooValue.Nil, t => t == task);
    }
}
