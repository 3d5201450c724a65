using System.Runtime.InteropServices;

namespace ActorMoo.Scripting.Budgets;

/// <summary>
/// CPU time consumed by a given OS thread, read from another thread (Linux). Sampled step
/// counting charges CPU time rather than wall time, so a verb preempted on a busy machine is
/// not charged for the time other threads ran.
/// </summary>
/// <remarks>
/// The clock id is built from the kernel thread id as glibc's MAKE_THREAD_CPUCLOCK does
/// (<c>(~tid &lt;&lt; 3) | CPUCLOCK_PERTHREAD | CPUCLOCK_SCHED</c>). Unlike a pthread_t, a stale
/// thread id cannot crash: the kernel answers EINVAL and the caller falls back to wall time.
/// </remarks>
internal static unsafe partial class ThreadCpuClock
{
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetTid();

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, TimeSpec* time);

    /// <summary>The calling thread's kernel id, cached per thread; 0 where unsupported.</summary>
    [ThreadStatic]
    private static int t_tid;

    /// <summary>Whether per-thread CPU clocks are available on this platform.</summary>
    public static bool IsSupported { get; } = Probe();

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return TryRead(GetTid(), out _);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The kernel id of the calling thread (0 when unsupported).</summary>
    public static int CurrentThreadId()
    {
        if (!IsSupported) return 0;
        var tid = t_tid;
        if (tid == 0) t_tid = tid = GetTid();
        return tid;
    }

    /// <summary>CPU nanoseconds used so far by thread <paramref name="tid"/>; false if the thread is gone.</summary>
    public static bool TryRead(int tid, out long nanoseconds)
    {
        nanoseconds = 0;
        if (tid == 0) return false;
        var clock = (~tid << 3) | 4 | 2;
        TimeSpec time;
        if (ClockGetTime(clock, &time) != 0) return false;
        nanoseconds = time.Seconds * 1_000_000_000 + time.Nanoseconds;
        return true;
    }
}
