using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ActorMoo.Scripting.Budgets;
using static ActorMoo.Scripting.Lua.LuaNative;

namespace ActorMoo.Scripting.Engine;

/// <summary>
/// One pooled Lua state with the sandbox installed: its allocator block, the registry refs of
/// the sandbox's entry points, its compiled-verb cache and the run currently leasing it. A state
/// is used by one OS thread at a time and leased by one run for the run's whole life.
/// </summary>
internal sealed unsafe partial class LuaSandboxState : IDisposable
{
    /// <summary>GCHandle of this object, for <see cref="FromControl"/> (the allocator's slow path).</summary>
    private GCHandle _self;

    /// <summary>
    /// Every live state by slot; the slot number sits in the extra space of each of the state's Lua
    /// threads (copied by <c>lua_newthread</c>), so a C callback finds its state with one array read.
    /// </summary>
    private static LuaSandboxState?[] s_slots = new LuaSandboxState?[64];

    /// <summary>Guards slot allocation and growth of <see cref="s_slots"/>.</summary>
    private static readonly Lock s_slotsLock = new();

    /// <summary>This state's index in <see cref="s_slots"/>.</summary>
    private int _slot = -1;

    private LuaSandboxState(ScriptEngine engine, nint l, RunControl* control)
    {
        Engine = engine;
        L = l;
        Control = control;
        Chunks = new ChunkCache(this, engine.Settings.MaxCachedChunksPerState);
    }

    /// <summary>The engine that owns the pool this state belongs to.</summary>
    public ScriptEngine Engine { get; }

    /// <summary>The main Lua thread; user code never runs on it.</summary>
    public nint L { get; }

    /// <summary>The native block shared with the allocator, the hooks and the watchdog.</summary>
    public RunControl* Control { get; }

    /// <summary>Compiled verbs of this state.</summary>
    public ChunkCache Chunks { get; }

    /// <summary>The run leasing this state, or null while pooled.</summary>
    public ScriptRun? CurrentRun { get; set; }

    /// <summary>Bytes held right after setup: the floor that idle-time collections aim for.</summary>
    public long BaselineBytes { get; private set; }

    /// <summary>Set when something went wrong that makes the state unfit for reuse.</summary>
    public bool Broken { get; set; }

    /// <summary>The state owning the Lua thread <paramref name="l"/> (via its extra space).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LuaSandboxState FromLua(nint l) => Unsafe.As<LuaSandboxState>(Volatile.Read(ref s_slots)[*ExtraSpaceOf(l)])!;

    private void TakeSlot()
    {
        lock (s_slotsLock)
        {
            var slot = Array.IndexOf(s_slots, null);
            if (slot < 0)
            {
                slot = s_slots.Length;
                var grown = new LuaSandboxState?[s_slots.Length * 2];
                s_slots.CopyTo(grown, 0);
                Volatile.Write(ref s_slots, grown);
            }
            s_slots[slot] = this;
            _slot = slot;
        }
    }

    private void ReleaseSlot()
    {
        if (_slot < 0) return;
        lock (s_slotsLock) s_slots[_slot] = null;
        _slot = -1;
    }

    /// <summary>The state owning <paramref name="control"/>.</summary>
    public static LuaSandboxState FromControl(RunControl* control) =>
        Unsafe.As<LuaSandboxState>(GCHandle.FromIntPtr(control->StateHandle).Target!);

    /// <summary>Creates a state and installs the sandbox.</summary>
    /// <exception cref="InvalidOperationException">The sandbox could not be installed (a prelude failed).</exception>
    public static LuaSandboxState Create(ScriptEngine engine)
    {
        var control = (RunControl*)NativeMemory.AllocZeroed((nuint)sizeof(RunControl));
        var l = lua_newstate(LuaAllocator.Pointer, (nint)control);
        if (l == 0)
        {
            NativeMemory.Free(control);
            throw new OutOfMemoryException("lua_newstate failed");
        }
        var state = new LuaSandboxState(engine, l, control);
        state._self = GCHandle.Alloc(state);
        control->StateHandle = GCHandle.ToIntPtr(state._self);
        state.TakeSlot();
        *ExtraSpaceOf(l) = state._slot;
        try
        {
            state.InstallSandbox();
            lua_gc(l, GcCollect, 0);
            state.BaselineBytes = control->Used;
        }
        catch
        {
            state.Dispose();
            throw;
        }
        return state;
    }

    /// <summary>Bytes the state holds now.</summary>
    public long UsedBytes => Control->Used;

    /// <summary>
    /// True when the state holds over 1 MiB more than its setup and cached verbs need: a finished
    /// run left garbage that a pooled state should not sit on.
    /// </summary>
    public bool IsBloated => Control->Used - BaselineBytes - Chunks.ApproximateBytes > 1024 * 1024;

    /// <summary>Runs a full garbage collection (used between runs, and by the GC stress test inside host calls).</summary>
    public void CollectGarbage() => lua_gc(L, GcCollect, 0);

    /// <summary>
    /// Closes the Lua state. Safe because the sandbox never lets scripts create finalizers
    /// (__gc is refused) and opens no library with finalizers (io, package).
    /// </summary>
    public void Dispose()
    {
        if (!_self.IsAllocated) return;
        lua_close(L);
        ReleaseSlot();
        _self.Free();
        NativeMemory.Free(Control);
    }
}
