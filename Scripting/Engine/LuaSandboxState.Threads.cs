using ActorMoo.Scripting.Budgets;
using static ActorMoo.Scripting.Lua.LuaNative;

namespace ActorMoo.Scripting.Engine;

internal sealed unsafe partial class LuaSandboxState
{
    /// <summary>
    /// The chain of Lua threads currently resumed by the run: its verb thread first, then each
    /// coroutine resumed from the one before. Kills arm hooks on each of them, because a count
    /// hook is per thread and the code to stop may be in any of them. Each coroutine is also
    /// anchored in the chain table (<see cref="ChainAnchorRef"/>) at its position, so a pointer
    /// left behind when an error skips the leave (e.g. "too many results to resume" raised in the
    /// resumer) still names a live thread until the run ends. Threads outside the chain cannot
    /// run until resumed, and entering the chain during a kill arms them.
    /// </summary>
    private readonly List<nint> _runThreads = [];

    /// <summary>
    /// Guards <see cref="_runThreads"/> between the VM thread and the watchdog. Never held while
    /// calling into Lua in a way that can allocate (the watchdog may hold the allocator lock).
    /// </summary>
    private readonly Lock _threadsLock = new();

    /// <summary>True when hooks other than the run's normal ones may be set on run threads.</summary>
    private bool _hooksDirty;

    /// <summary>Starts the chain with the run's verb thread.</summary>
    public void AddRunThread(nint thread)
    {
        lock (_threadsLock) _runThreads.Add(thread);
    }

    /// <summary>
    /// A coroutine (the value at <paramref name="index"/> of <paramref name="l"/>) is being resumed
    /// or closed: it joins the chain, armed at once if the run is being killed.
    /// </summary>
    public void EnterCoroutine(nint l, int index, nint thread)
    {
        int position;
        lock (_threadsLock) position = _runThreads.Count + 1;
        // Anchor before listing (outside the lock: anchoring may allocate, see _threadsLock).
        lua_rawgeti(l, RegistryIndex, ChainAnchorRef);
        lua_pushvalue(l, index);
        lua_rawseti(l, -2, position);
        Pop(l, 1);
        lock (_threadsLock)
        {
            _runThreads.Add(thread);
            if (Volatile.Read(ref Control->Phase) is RunControl.Killing or RunControl.Killed) lua_sethook(thread, BudgetHooks.Kill, MaskCount, 1);
            else if (Control->StepQuantum > 0) lua_sethook(thread, BudgetHooks.Step, MaskCount, Control->StepQuantum);
        }
    }

    /// <summary>The last coroutine entered has given control back to its resumer.</summary>
    public void LeaveCoroutine(nint l)
    {
        int position;
        lock (_threadsLock)
        {
            position = _runThreads.Count;
            if (position <= 1) return;
            _runThreads.RemoveAt(position - 1);
        }
        lua_rawgeti(l, RegistryIndex, ChainAnchorRef);
        lua_pushnil(l);
        lua_rawseti(l, -2, position);
        Pop(l, 1);
    }

    /// <summary>Forgets the run's threads (the run is over) and drops the anchors of any left in the chain.</summary>
    public void ClearRunThreads()
    {
        int count;
        lock (_threadsLock)
        {
            count = _runThreads.Count;
            _runThreads.Clear();
        }
        if (count <= 1) return;
        lua_rawgeti(L, RegistryIndex, ChainAnchorRef);
        for (var position = 2; position <= count; position++)
        {
            lua_pushnil(L);
            lua_rawseti(L, -2, position);
        }
        Pop(L, 1);
    }

    /// <summary>Sets <paramref name="hook"/> (0 = none) with <paramref name="count"/> on every run thread.</summary>
    public void ArmThreads(nint hook, int count)
    {
        lock (_threadsLock)
        {
            foreach (var thread in _runThreads) lua_sethook(thread, hook, hook == 0 ? 0 : MaskCount, count);
        }
    }

    /// <summary>Puts the run's normal hooks back: the step hook in exact mode, none in sampled mode.</summary>
    public void ArmNormalHooks()
    {
        var quantum = Control->StepQuantum;
        if (quantum > 0) ArmThreads(BudgetHooks.Step, quantum);
        else if (_hooksDirty) ArmThreads(0, 0);
        _hooksDirty = false;
    }

    /// <summary>
    /// Ends the executing run from its own thread (allocator or step hook): arms the kill hook on
    /// every run thread. No-op when the watchdog is already killing it.
    /// </summary>
    public void KillOnVmThread(BudgetKind reason, bool fromAllocator)
    {
        if (Interlocked.CompareExchange(ref Control->Phase, RunControl.Killed, RunControl.Executing) != RunControl.Executing) return;
        Control->KillReason = (int)reason;
        Control->MemoryKill = fromAllocator ? 1 : 0;
        _hooksDirty = true;
        ArmThreads(BudgetHooks.Kill, 1);
    }

    /// <summary>
    /// Withdraws a memory kill when Lua's retry after its emergency collection fitted the budget
    /// (called by the allocator, before any instruction ran under the kill hook).
    /// </summary>
    public void WithdrawMemoryKill()
    {
        Control->MemoryKill = 0;
        if (Interlocked.CompareExchange(ref Control->Phase, RunControl.Executing, RunControl.Killed) != RunControl.Killed) return;
        Control->KillReason = 0;
        ArmNormalHooks();
    }

    /// <summary>
    /// Ends the executing run from the watchdog thread. Arming walks the running thread's call
    /// stack, so the VM thread's allocator is held off meanwhile (see <see cref="RunControl"/>).
    /// </summary>
    public void KillFromWatchdog(BudgetKind reason)
    {
        if (Interlocked.CompareExchange(ref Control->Phase, RunControl.Killing, RunControl.Executing) != RunControl.Executing) return;
        Control->KillReason = (int)reason;
        LuaAllocator.AcquireFromOtherThread(Control);
        try
        {
            _hooksDirty = true;
            ArmThreads(BudgetHooks.Kill, 1);
        }
        finally
        {
            LuaAllocator.ReleaseFromOtherThread(Control);
            Volatile.Write(ref Control->Phase, RunControl.Killed);
        }
    }
}
