using ActorMoo.Actors.World.Tasks;
using ActorMoo.Scripting.HostFunctions;
using ActorMoo.Scripting.Values;
using static ActorMoo.Actors.World.Verbs.HostSettling;

namespace ActorMoo.Actors.World.Verbs;

/// <summary>
/// The task-control functions of the <c>moo</c> table (fork, suspend, read, queued_tasks, kill_task,
/// resume), the deterministic clock and random numbers the prelude puts behind <c>os.time</c>,
/// <c>os.clock</c>, <c>os.date</c> and <c>math.random</c>, and <see cref="Recorded"/>, which logs every
/// host call of a task so that it can be replayed (see docs/tasks-and-transactions.md, "Task control").
/// </summary>
public static class TaskHostFunctions
{
    /// <summary>The task-control and determinism functions, to be part of the <c>moo</c> table.</summary>
    public static IReadOnlyList<HostFunction> Functions { get; } =
    [
        new("fork", "Starts a task when this one commits (host half of fork(seconds, fn)): {id, false}, or {id, true} in the new task.",
            static (in HostCall c) => Settle(Task(c).ForkAsync(c.GetValue(0))), new HostParameter("seconds", HostArgType.Number)),
        new("fork_end", "Ends a forked task after its function returned (ok) or raised (message).",
            static (in HostCall c) => HostResult.Pending(new ForkFinished(c.GetBoolean(0) ? null : c.IsNil(1) ? "error" : c.GetString(1))),
            new HostParameter("ok", HostArgType.Any), new HostParameter("message", HostArgType.String, Optional: true)),
        new("suspend", "Commits the work so far and continues in a new transaction after the seconds given (none: when resumed).",
            static (in HostCall c) => Task(c).Suspend(c.GetValue(0)), new HostParameter("seconds", HostArgType.Any, Optional: true)),
        new("read", "Commits the work so far and returns the player's next line, in a new transaction.", static (in HostCall c) => Task(c).Read()),
        new("queued_tasks", "The waiting tasks of the verb's programmer (a wizard's: all), as maps.",
            static (in HostCall c) => Settle(Task(c).QueuedTasksAsync())),
        new("kill_task", "Removes a waiting task when this one commits (its owner or a wizard).",
            static (in HostCall c) => Settle(Task(c).KillTaskAsync(c.GetInteger(0))), new HostParameter("id", HostArgType.Integer)),
        new("resume", "Wakes a suspended task with a value when this one commits (its owner or a wizard).",
            static (in HostCall c) => Settle(Task(c).ResumeTaskAsync(c.GetInteger(0), c.GetValue(1))),
            new HostParameter("id", HostArgType.Integer), new HostParameter("value", HostArgType.Any, Optional: true)),
        new("time", "Seconds since 1970 (what os.time() returns).",
            static (in HostCall c) => MooValue.Integer(Task(c).Services.Time.GetUtcNow().ToUnixTimeSeconds())),
        new("clock", "Seconds the task has run (what os.clock() returns).", static (in HostCall c) => MooValue.Float(c.Run.Elapsed.TotalSeconds)),
        new("random", "math.random: a float in [0, 1), an integer in [1, m], or in [m, n].", Random,
            new HostParameter("m", HostArgType.Integer, Optional: true), new HostParameter("n", HostArgType.Integer, Optional: true)),
    ];

    /// <summary>
    /// The same table with every function logged: live calls are recorded in the task's
    /// <see cref="TaskLog"/>, and while a task is being replayed its calls are checked against the
    /// log and answered from it without running.
    /// </summary>
    public static HostFunctionTable Recorded(HostFunctionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new HostFunctionTable(table.Name, table.Doc,
            table.Functions.Select(f => new HostFunction(f.Name, f.Doc, new RecordingHandler(f.Name, f.Handler).Invoke, f.Variadic, [.. f.Parameters])));
    }

    private static HostResult Random(in HostCall call)
    {
        if (call.IsNil(0))
            return MooValue.Float(System.Random.Shared.NextDouble());
        var (low, high) = call.IsNil(1) ? (1L, call.GetInteger(0)) : (call.GetInteger(0), call.GetInteger(1));
        if (low > high)
            return HostResult.Fail("bad argument to 'random' (interval is empty)");
        // NextInt64's upper bound is exclusive; shift the interval where high + 1 would overflow.
        if (high < long.MaxValue)
            return MooValue.Integer(System.Random.Shared.NextInt64(low, high + 1));
        if (low > long.MinValue)
            return MooValue.Integer(System.Random.Shared.NextInt64(low - 1, high) + 1);
        return MooValue.Integer(System.Random.Shared.NextInt64());
    }

    private static VerbTask Task(in HostCall call) =>
        call.Context as VerbTask ?? throw new InvalidOperationException("World functions run only inside world tasks.");

    /// <summary>Logs or replays one host function's calls.</summary>
    private sealed class RecordingHandler(string name, HostFunctionHandler inner)
    {
        public HostResult Invoke(in HostCall call)
        {
            if (call.Context is not VerbTask { Log: { } log } task)
                return inner(call);
            // An earlier call whose reply the script could not wait for got an error: log that first.
            log.CloseDropped();
            var args = new MooValue[call.ArgumentCount];
            for (var i = 0; i < args.Length; i++)
                args[i] = call.GetValue(i);
            if (log.IsReplaying)
                return log.Replay(name, args, task);
            var result = inner(call);
            if (result.Kind == HostResultKind.Pending)
                log.Open(name, args);
            else
                log.Record(name, args, result, task);
            return result;
        }
    }
}
