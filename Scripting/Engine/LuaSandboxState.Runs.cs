using ActorMoo.Scripting.Budgets;
using ActorMoo.Scripting.HostFunctions;
using ActorMoo.Scripting.Values;
using static ActorMoo.Scripting.Lua.LuaNative;

namespace ActorMoo.Scripting.Engine;

internal sealed unsafe partial class LuaSandboxState
{
    /// <summary>Finished verb threads kept for the next run (a coroutine that returned normally can be restarted).</summary>
    private readonly Stack<(nint Thread, int Ref)> _idleThreads = new();

    /// <summary>
    /// Sets <paramref name="run"/> up on a verb thread: runner, compiled verb, fresh environment
    /// and arguments on its stack, ready for the first resume. Returns a compile error, or null.
    /// </summary>
    public string? PrepareRun(ScriptRun run, VerbCode code, IReadOnlyDictionary<string, MooValue> globals, IReadOnlyList<MooValue> args)
    {
        var factoryRef = Chunks.GetOrCompile(code, out var compileError);
        if (factoryRef == 0) return compileError;

        var (thread, threadRef) = _idleThreads.Count > 0 ? _idleThreads.Pop() : NewVerbThread();
        run.Thread = thread;
        run.ThreadRef = threadRef;
        AddRunThread(thread);

        if (lua_checkstack(thread, args.Count + 8) == 0) throw new ArgumentException($"{args.Count} arguments do not fit on a Lua stack", nameof(args));
        lua_rawgeti(thread, RegistryIndex, RunnerRef);
        lua_rawgeti(thread, RegistryIndex, factoryRef);
        PushEnvironment(thread, globals);
        foreach (var arg in args) LuaValueWriter.Push(this, thread, arg);
        run.ArgumentsToPass = 2 + args.Count;
        return null;
    }

    private (nint, int) NewVerbThread()
    {
        var thread = lua_newthread(L);
        var reference = luaL_ref(L, RegistryIndex);
        lua_rawgeti(L, RegistryIndex, VerbThreadsRef);
        lua_rawgeti(L, RegistryIndex, reference);
        lua_pushboolean(L, 1);
        lua_rawset(L, -3);
        Pop(L, 1);
        return (thread, reference);
    }

    /// <summary>Pushes a new per-run environment: an empty table whose metatable reads through to the frozen base.</summary>
    private void PushEnvironment(nint l, IReadOnlyDictionary<string, MooValue> globals)
    {
        lua_createtable(l, 0, globals.Count + 1);
        lua_rawgeti(l, RegistryIndex, EnvMetaRef);
        lua_setmetatable(l, -2);
        foreach (var (name, value) in globals)
        {
            LuaValueWriter.PushString(l, name);
            LuaValueWriter.Push(this, l, value);
            lua_rawset(l, -3);
        }
        LuaValueWriter.PushString(l, "_G");
        lua_pushvalue(l, -2);
        lua_rawset(l, -3);
    }

    /// <summary>
    /// Resumes the run's thread once with <paramref name="arguments"/> values on its stack, under
    /// the run's budget, starting at engine timestamp <paramref name="started"/>. Returns the Lua
    /// status, the number of results and what killed it.
    /// </summary>
    public (int Status, int Results, BudgetKind Killed) Execute(ScriptRun run, int arguments, long started)
    {
        var control = Control;
        var settings = Engine.Settings;
        var exact = settings.StepCounting == StepCounting.Exact;
        control->Limit = run.MemoryLimit;
        control->StepQuantum = exact ? settings.ExactStepQuantum : 0;
        control->StepsLimit = run.Budget.Steps;
        control->StepsUsed = run.StepsUsed;
        ArmNormalHooks();

        var time = Engine.Time;
        control->TimeDeadline = run.DeadlineTimestamp;
        control->ResumeStart = started;
        control->StepsBefore = run.StepsUsed;
        control->Sampled = exact ? 0 : 1;
        control->VmTid = ThreadCpuClock.CurrentThreadId();
        control->KillReason = 0;
        control->MemoryKill = 0;
        control->Refused = 0;
        // Only the VM thread writes the sequence; the phase change below publishes it.
        var sequence = control->ResumeSeq + 1;
        control->ResumeSeq = sequence;
        Volatile.Write(ref control->Phase, RunControl.Executing);
        Engine.Watchdog.ExecutionStarted();

        int results, status;
        control->Enforcing = 1;
        try
        {
            status = lua_resume(run.Thread, L, arguments, &results);
        }
        finally
        {
            control->Enforcing = 0;
            Engine.Watchdog.ExecutionEnded();
        }
        var phase = EndExecution();

        if (exact) run.StepsUsed = control->StepsUsed;
        else run.StepsUsed += Engine.Watchdog.StepsFor(ExecutedTicks(sequence, started, time.GetTimestamp()));
        var killed = phase == RunControl.Killed ? (BudgetKind)control->KillReason : BudgetKind.None;
        return (status, results, killed);
    }

    /// <summary>
    /// Execution time of the resume that just ended: the watchdog's CPU-time measure plus the
    /// short stretch since its last look, or the wall time when the watchdog never saw the resume
    /// (it lasted less than one watchdog interval). Unmeasured wall stretches are capped
    /// (<see cref="Budgets.ScriptWatchdog.ChargeUnmeasured"/>): they may be preemption, not execution.
    /// </summary>
    private long ExecutedTicks(long sequence, long started, long ended)
    {
        var watchdog = Engine.Watchdog;
        var wall = ended - started;
        if (Volatile.Read(ref Control->ObservedSeq) != sequence) return watchdog.ChargeUnmeasured(wall);
        var measured = Volatile.Read(ref Control->Executed) + watchdog.ChargeUnmeasured(ended - Volatile.Read(ref Control->ExecutedAt));
        return Math.Clamp(measured, 0, wall);
    }

    /// <summary>Returns the phase to idle, waiting out a watchdog that is arming hooks right now.</summary>
    private int EndExecution()
    {
        var spin = new SpinWait();
        while (true)
        {
            var phase = Volatile.Read(ref Control->Phase);
            if (phase == RunControl.Killing)
            {
                spin.SpinOnce();
                continue;
            }
            if (Interlocked.CompareExchange(ref Control->Phase, RunControl.Idle, phase) == phase) return phase;
        }
    }

    /// <summary>
    /// Releases the run's Lua resources: the verb thread goes back to the idle list when it
    /// finished normally (never a killed or failed one: it may hold unclosed to-be-closed
    /// variables, trap 6).
    /// </summary>
    public void EndRun(ScriptRun run, bool threadReusable)
    {
        ClearRunThreads();
        if (run.ThreadRef != 0)
        {
            if (threadReusable && lua_status(run.Thread) == Ok && _idleThreads.Count < 2)
            {
                lua_settop(run.Thread, 0);
                _idleThreads.Push((run.Thread, run.ThreadRef));
            }
            else
            {
                luaL_unref(L, RegistryIndex, run.ThreadRef);
            }
            run.ThreadRef = 0;
        }
        CurrentRun = null;
    }

    /// <summary>Whether the value at <paramref name="index"/> of <paramref name="l"/> is the pending-call sentinel.</summary>
    public bool IsPendingSentinel(nint l, int index)
    {
        lua_rawgeti(l, RegistryIndex, PendingRef);
        var same = lua_rawequal(l, index < 0 ? index - 1 : index, -1) != 0;
        Pop(l, 1);
        return same;
    }

    /// <summary>
    /// Pushes a host function's outcome (or a suspended run's reply, with no
    /// <paramref name="function"/>) for the Lua wrapper; returns the number of values.
    /// </summary>
    public int PushHostResult(nint l, ScriptRun run, HostFunction? function, in HostResult result)
    {
        switch (result.Kind)
        {
            case HostResultKind.Value:
                // A C function always has LUA_MINSTACK free slots; nested values check for more themselves.
                lua_pushboolean(l, 1);
                LuaValueWriter.Push(this, l, result.Value);
                return 2;
            case HostResultKind.Error:
                return HostDispatcher.Fail(l, result.Message!);
            case HostResultKind.Pending:
                if (function is null) throw new ArgumentException("a run cannot be resumed with another pending operation", nameof(result));
                if (lua_isyieldable(l) == 0)
                    return HostDispatcher.Fail(l, $"{function.QualifiedName} cannot wait here (inside a callback from the Lua library, such as a table.sort comparator or a string.gsub function)");
                run.RequestedOperation = result.Operation;
                lua_pushnil(l);
                return 1;
            default:
                return PushNestedCall(l, result.Call!);
        }
    }

    /// <summary>
    /// Pushes <c>(1, {factory, env, n, args…})</c>: the Lua side instantiates the verb with its
    /// environment and calls it in the current coroutine (no Lua runs while C# is on the stack).
    /// </summary>
    public int PushNestedCall(nint l, VerbCall call)
    {
        var factoryRef = Chunks.GetOrCompile(call.Code, out var compileError);
        if (factoryRef == 0) return HostDispatcher.Fail(l, compileError!);
        if (lua_checkstack(l, 6) == 0) throw new MarshalException("no Lua stack left for the call");
        lua_pushinteger(l, 1);
        lua_createtable(l, call.Args.Count + 3, 0);
        lua_rawgeti(l, RegistryIndex, factoryRef);
        lua_rawseti(l, -2, 1);
        PushEnvironment(l, call.Globals);
        lua_rawseti(l, -2, 2);
        lua_pushinteger(l, call.Args.Count);
        lua_rawseti(l, -2, 3);
        for (var i = 0; i < call.Args.Count; i++)
        {
            LuaValueWriter.Push(this, l, call.Args[i]);
            lua_rawseti(l, -2, i + 4);
        }
        return 2;
    }
}
