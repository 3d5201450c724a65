using ActorMoo.Scripting.Engine;

namespace ActorMoo.Scripting.Budgets;

/// <summary>
/// One background thread per engine that interrupts runs past their budget (wall clock, and in
/// sampled mode the steps charged for execution time). It sleeps on an event once no run has
/// executed for <see cref="ParkAfterIdle"/>, so an idle server pays nothing.
/// </summary>
/// <remarks>
/// A dedicated thread rather than a timer: under load the thread pool may be starved by the
/// very scripts the watchdog has to stop.
/// </remarks>
internal sealed class ScriptWatchdog : IDisposable
{
    /// <summary>The engine's clock; deadlines in <see cref="RunControl.TimeDeadline"/> are its timestamps.</summary>
    private readonly TimeProvider _time;

    /// <summary>Pause between two scans while runs execute.</summary>
    private readonly TimeSpan _interval;

    /// <summary>Every live state; replaced wholesale (copy on write) when states come and go.</summary>
    private volatile LuaSandboxState[] _states = [];

    /// <summary>Guards writers of <see cref="_states"/>.</summary>
    private readonly Lock _statesLock = new();

    /// <summary>Held for a whole scan, so a removed state is never touched after <see cref="Remove"/> returns.</summary>
    private readonly Lock _scanLock = new();

    /// <summary>Number of runs executing right now; the thread sleeps while it is zero.</summary>
    private int _executing;

    /// <summary>Set when a run starts executing while the thread is parked, or on dispose; wakes the thread.</summary>
    private readonly AutoResetEvent _wake = new(false);

    /// <summary>1 while the thread is parked on <see cref="_wake"/>: only then does a starting run pay for a wake-up.</summary>
    private int _parked;

    /// <summary>
    /// How long the thread keeps its scan rhythm after the last run ended before it parks. Verbs
    /// come in streams (one per command): signalling the event on every resume cost a syscall
    /// and a context switch per command, about 5% of an <c>inventory</c> (edge bench profile).
    /// </summary>
    private static readonly TimeSpan ParkAfterIdle = TimeSpan.FromMilliseconds(250);

    /// <summary>Set once by <see cref="Dispose"/>.</summary>
    private volatile bool _stopping;

    private readonly Thread _thread;

    /// <summary>Sampled mode: steps charged per engine-timestamp tick of execution.</summary>
    private readonly double _stepsPerTick;

    /// <summary>
    /// The most wall time (engine ticks, two watchdog intervals) charged as execution for a
    /// stretch the VM thread's CPU clock did not measure: before the watchdog's first look at a
    /// resume and after its last. Wall time there includes preemption, so uncapped it charged a
    /// one-line verb descheduled on a busy machine millions of steps and killed it (budget.steps).
    /// Capping can only make a kill later, never wrong; the wall-clock budget bounds the rest.
    /// Null where there is no per-thread CPU clock: wall time is then all there is.
    /// </summary>
    private readonly long? _unmeasuredCapTicks;

    public ScriptWatchdog(TimeProvider time, TimeSpan interval, long stepsPerMillisecond)
    {
        _time = time;
        _interval = interval;
        _stepsPerTick = stepsPerMillisecond * 1000.0 / time.TimestampFrequency;
        _unmeasuredCapTicks = ThreadCpuClock.IsSupported ? (long)(interval.TotalSeconds * 2 * time.TimestampFrequency) : null;
        _thread = new Thread(Loop) { IsBackground = true, Name = "lua-watchdog", Priority = ThreadPriority.AboveNormal };
        _thread.Start();
    }

    /// <summary>Starts watching a new state.</summary>
    public void Add(LuaSandboxState state)
    {
        lock (_statesLock) _states = [.. _states, state];
    }

    /// <summary>Stops watching a closed state.</summary>
    public void Remove(LuaSandboxState state)
    {
        lock (_statesLock) _states = [.. _states.Where(s => s != state)];
        lock (_scanLock)
        {
            // Waits for a scan that may still hold the old array; the state's memory is freed after this.
        }
    }

    /// <summary>Called by the VM thread just before it resumes a run.</summary>
    public void ExecutionStarted()
    {
        // Full fences on both sides (here and in Loop) so either this sees _parked or the thread sees
        // the run: a wake-up is never lost.
        if (Interlocked.Increment(ref _executing) == 1 && Volatile.Read(ref _parked) == 1) _wake.Set();
    }

    /// <summary>Called by the VM thread after the resume returned.</summary>
    public void ExecutionEnded() => Interlocked.Decrement(ref _executing);

    private unsafe void Loop()
    {
        var idleSince = _time.GetTimestamp();
        while (!_stopping)
        {
            if (Volatile.Read(ref _executing) == 0)
            {
                if (_time.GetElapsedTime(idleSince) < ParkAfterIdle)
                {
                    Thread.Sleep(_interval);
                    continue;
                }
                Interlocked.Exchange(ref _parked, 1);
                if (Volatile.Read(ref _executing) == 0) _wake.WaitOne(TimeSpan.FromMilliseconds(250));
                Interlocked.Exchange(ref _parked, 0);
                continue;
            }
            idleSince = _time.GetTimestamp();
            Thread.Sleep(_interval);
            lock (_scanLock)
            {
                var now = _time.GetTimestamp();
                foreach (var state in _states) Inspect(state, now);
            }
        }
    }

    /// <summary>Steps charged for <paramref name="ticks"/> engine-timestamp ticks of execution.</summary>
    public long StepsFor(long ticks) => (long)Math.Min(ticks * _stepsPerTick, long.MaxValue / 4.0);

    /// <summary>The execution charged for <paramref name="wallTicks"/> of wall time that no CPU clock measured.</summary>
    public long ChargeUnmeasured(long wallTicks) => _unmeasuredCapTicks is { } cap ? Math.Min(wallTicks, cap) : wallTicks;

    /// <summary>
    /// Checks one executing state: the wall-clock deadline, and in sampled mode the steps charged
    /// for the resume's CPU time so far (wall time until the watchdog first sees the resume, capped
    /// by <see cref="ChargeUnmeasured"/>, then the VM thread's CPU clock), so a run preempted on a
    /// busy machine is not charged for it.
    /// </summary>
    private unsafe void Inspect(LuaSandboxState state, long now)
    {
        var control = state.Control;
        if (Volatile.Read(ref control->Phase) != RunControl.Executing) return;
        if (now >= control->TimeDeadline)
        {
            state.KillFromWatchdog(BudgetKind.Time);
            return;
        }
        if (control->Sampled == 0) return;

        var sequence = Volatile.Read(ref control->ResumeSeq);
        long executed;
        if (control->ObservedSeq != sequence)
        {
            control->CpuBaseValid = ThreadCpuClock.TryRead(control->VmTid, out control->CpuBaseNs) ? 1 : 0;
            control->ObservedAt = now;
            executed = ChargeUnmeasured(now - control->ResumeStart);
            Volatile.Write(ref control->ObservedSeq, sequence);
        }
        else if (control->CpuBaseValid != 0 && ThreadCpuClock.TryRead(control->VmTid, out var cpu))
        {
            executed = ChargeUnmeasured(control->ObservedAt - control->ResumeStart) + (long)((cpu - control->CpuBaseNs) * (_time.TimestampFrequency / 1e9));
        }
        else
        {
            executed = now - control->ResumeStart;
        }
        control->Executed = executed;
        Volatile.Write(ref control->ExecutedAt, now);
        if (control->StepsBefore + StepsFor(executed) >= control->StepsLimit) state.KillFromWatchdog(BudgetKind.Steps);
    }

    /// <summary>Stops the thread and waits for it.</summary>
    public void Dispose()
    {
        _stopping = true;
        _wake.Set();
        _thread.Join();
        _wake.Dispose();
    }
}
