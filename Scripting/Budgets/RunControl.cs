using System.Runtime.InteropServices;

namespace ActorMoo.Scripting.Budgets;

/// <summary>
/// Per-state block in native memory shared by the allocator (VM thread), the hooks (VM thread)
/// and the watchdog (its own thread). Native so that the allocator — called by Lua for every
/// allocation — never touches a managed object on its fast path, and so that its address is
/// stable for the lifetime of the state.
/// </summary>
/// <remarks>
/// <para><see cref="Phase"/> protocol (all transitions by compare-and-swap):
/// <c>Idle(0) → Executing(1)</c> by the VM thread before <c>lua_resume</c>;
/// <c>Executing → Killing(2) → Killed(3)</c> by the watchdog while it arms the kill hook, or
/// <c>Executing → Killed</c> directly on the VM thread (allocator, step hook);
/// back to <c>Idle</c> by the VM thread after <c>lua_resume</c> returns, waiting while it is
/// <c>Killing</c>, so a run never ends while another thread is arming its hooks.</para>
/// <para><see cref="InAllocator"/>/<see cref="ArmLock"/> form an asymmetric Dekker lock: the
/// watchdog's <c>lua_sethook</c> walks the running thread's CallInfo list, which is only safe
/// while the VM thread cannot free memory. The allocator pays two plain volatile writes; the
/// watchdog pays a process-wide memory barrier, only when it kills.</para>
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
internal struct RunControl
{
    /// <summary>Bytes currently allocated by the state.</summary>
    public long Used;

    /// <summary>Allocations that would take <see cref="Used"/> past this are refused while <see cref="Enforcing"/>.</summary>
    public long Limit;

    /// <summary>Exact mode: instructions counted so far in the current run.</summary>
    public long StepsUsed;

    /// <summary>Exact mode: the step budget of the current run.</summary>
    public long StepsLimit;

    /// <summary>Engine timestamp at which the run's wall-clock budget ends.</summary>
    public long TimeDeadline;

    /// <summary>Engine timestamp at which the current resume started.</summary>
    public long ResumeStart;

    /// <summary>Incremented by the VM thread at every resume, so the watchdog knows when it sees a new one.</summary>
    public long ResumeSeq;

    /// <summary>Sampled mode: steps charged to the run before the current resume.</summary>
    public long StepsBefore;

    /// <summary>The last resume the watchdog has observed (written by the watchdog only).</summary>
    public long ObservedSeq;

    /// <summary>Engine timestamp at which the watchdog first observed the current resume.</summary>
    public long ObservedAt;

    /// <summary>CPU nanoseconds of the VM thread when the watchdog first observed the current resume.</summary>
    public long CpuBaseNs;

    /// <summary>The watchdog's latest measure of the resume's execution time, in engine timestamp ticks.</summary>
    public long Executed;

    /// <summary>Engine timestamp of <see cref="Executed"/>.</summary>
    public long ExecutedAt;

    /// <summary>GCHandle (as IntPtr) of the owning <see cref="Engine.LuaSandboxState"/>.</summary>
    public nint StateHandle;

    /// <summary>The last refused allocation, to recognise Lua's retry after an emergency collection.</summary>
    public nint RefusedBlock;

    /// <summary>Old size of the last refused allocation.</summary>
    public nuint RefusedOldSize;

    /// <summary>New size of the last refused allocation.</summary>
    public nuint RefusedNewSize;

    /// <summary>1 while Lua code of a run executes; 0 in host functions and outside runs (refusing then would abort the process).</summary>
    public int Enforcing;

    /// <summary>1 while the VM thread is inside the allocator.</summary>
    public int InAllocator;

    /// <summary>1 while the watchdog arms hooks; the allocator waits for it to clear.</summary>
    public int ArmLock;

    /// <summary>See the remarks: 0 idle, 1 executing, 2 killing, 3 killed.</summary>
    public int Phase;

    /// <summary>The <see cref="BudgetKind"/> that killed the current run, or 0.</summary>
    public int KillReason;

    /// <summary>1 in sampled step mode: the watchdog charges execution time as steps.</summary>
    public int Sampled;

    /// <summary>Kernel id of the thread executing the current resume (0 when CPU clocks are unsupported).</summary>
    public int VmTid;

    /// <summary>1 when <see cref="CpuBaseNs"/> was read successfully.</summary>
    public int CpuBaseValid;

    /// <summary>1 after an allocation was refused and before the next allocation call.</summary>
    public int Refused;

    /// <summary>1 when the current kill came from a refused allocation (and may be withdrawn if Lua's retry succeeds).</summary>
    public int MemoryKill;

    /// <summary>Exact mode: instructions per step-hook call; 0 in sampled mode.</summary>
    public int StepQuantum;

    /// <summary>Phase values.</summary>
    public const int Idle = 0, Executing = 1, Killing = 2, Killed = 3;
}
