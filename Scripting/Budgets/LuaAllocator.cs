using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ActorMoo.Scripting.Engine;

namespace ActorMoo.Scripting.Budgets;

/// <summary>
/// The <c>lua_Alloc</c> of every sandbox state: counts bytes and enforces the memory budget.
/// </summary>
/// <remarks>
/// An allocation is refused only while Lua code of a run executes (<see cref="RunControl.Enforcing"/>):
/// refusing during a host function would raise a Lua error across managed frames, and refusing
/// outside a protected call aborts the process (notes, traps 1 and "What works"). Host
/// allocations are counted, so the next allocation by Lua code is refused instead.
/// A refusal kills the run (so <c>pcall</c> cannot swallow "not enough memory"), unless Lua's
/// retry of the same request after its emergency collection fits: then the kill is withdrawn.
/// </remarks>
internal static unsafe class LuaAllocator
{
    /// <summary>
    /// The C library's realloc, called without a GC transition: the allocator runs for every Lua
    /// allocation, and a second managed-to-native transition per call made allocation-heavy
    /// scripts (string building) measurably slower than a bare state.
    /// </summary>
    private static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<void*, nuint, void*> s_realloc;

    /// <summary>The C library's free, likewise.</summary>
    private static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<void*, void> s_free;

    /// <summary>True when the C library's functions were found (Linux/glibc); otherwise <see cref="NativeMemory"/> is used.</summary>
    private static readonly bool s_haveLibc;

    static LuaAllocator()
    {
        if (OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libc.so.6", out var libc)
            && NativeLibrary.TryGetExport(libc, "realloc", out var realloc) && NativeLibrary.TryGetExport(libc, "free", out var free))
        {
            s_realloc = (delegate* unmanaged[Cdecl, SuppressGCTransition]<void*, nuint, void*>)realloc;
            s_free = (delegate* unmanaged[Cdecl, SuppressGCTransition]<void*, void>)free;
            s_haveLibc = true;
        }
    }

    private static void* Realloc(void* block, nuint size) => s_haveLibc ? s_realloc(block, size) : NativeMemory.Realloc(block, size);

    private static void Free(void* block)
    {
        if (s_haveLibc) s_free(block);
        else NativeMemory.Free(block);
    }

    /// <summary>The function pointer handed to <c>lua_newstate</c>.</summary>
    public static delegate* unmanaged<nint, nint, nuint, nuint, nint> Pointer => &Allocate;

    [UnmanagedCallersOnly]
    private static nint Allocate(nint ud, nint block, nuint oldSize, nuint newSize)
    {
        var control = (RunControl*)ud;
        Enter(control);
        nint result;
        if (newSize == 0)
        {
            if (block != 0)
            {
                Free((void*)block);
                control->Used -= (long)oldSize;
            }
            result = 0;
        }
        else
        {
            // For a new block Lua passes the object type in oldSize, not a size.
            var growth = (long)newSize - (block == 0 ? 0L : (long)oldSize);
            if (control->Refused == 0 && (growth <= 0 || control->Enforcing == 0 || control->Used + growth <= control->Limit))
            {
                result = (nint)Realloc((void*)block, newSize);
                if (result != 0) control->Used += growth;
            }
            else
            {
                result = AllocateOverBudget(control, block, oldSize, newSize, growth);
            }
        }
        Volatile.Write(ref control->InAllocator, 0);
        return result;
    }

    /// <summary>
    /// The slow path: an allocation past the limit (refused, which kills the run), or the first
    /// allocation after a refusal (Lua's retry after its emergency collection, which withdraws
    /// the kill when it now fits). Never throws: an exception cannot cross into native code.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static nint AllocateOverBudget(RunControl* control, nint block, nuint oldSize, nuint newSize, long growth)
    {
        var retry = control->Refused != 0 && control->RefusedBlock == block
            && control->RefusedOldSize == oldSize && control->RefusedNewSize == newSize;
        control->Refused = 0;
        try
        {
            if (growth > 0 && control->Enforcing != 0 && control->Used + growth > control->Limit)
            {
                control->Refused = 1;
                control->RefusedBlock = block;
                control->RefusedOldSize = oldSize;
                control->RefusedNewSize = newSize;
                if (!retry) LuaSandboxState.FromControl(control).KillOnVmThread(BudgetKind.Memory, fromAllocator: true);
                return 0;
            }
            var result = (nint)Realloc((void*)block, newSize);
            if (result == 0) return 0;
            control->Used += growth;
            if (retry && control->MemoryKill != 0) LuaSandboxState.FromControl(control).WithdrawMemoryKill();
            return result;
        }
        catch (Exception)
        {
            return 0;
        }
    }

    /// <summary>Fast side of the asymmetric Dekker lock with the watchdog (see <see cref="RunControl"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Enter(RunControl* control)
    {
        while (true)
        {
            Volatile.Write(ref control->InAllocator, 1);
            if (Volatile.Read(ref control->ArmLock) == 0) return;
            Volatile.Write(ref control->InAllocator, 0);
            var spin = new SpinWait();
            while (Volatile.Read(ref control->ArmLock) != 0) spin.SpinOnce();
        }
    }

    /// <summary>
    /// Slow side: blocks the VM thread's allocator so another thread may walk its CallInfo list
    /// (inside <c>lua_sethook</c>). Pair with <see cref="ReleaseFromOtherThread"/>.
    /// </summary>
    public static void AcquireFromOtherThread(RunControl* control)
    {
        Volatile.Write(ref control->ArmLock, 1);
        Interlocked.MemoryBarrierProcessWide();
        var spin = new SpinWait();
        while (Volatile.Read(ref control->InAllocator) != 0) spin.SpinOnce();
    }

    /// <summary>Lets the VM thread's allocator run again.</summary>
    public static void ReleaseFromOtherThread(RunControl* control) => Volatile.Write(ref control->ArmLock, 0);
}
