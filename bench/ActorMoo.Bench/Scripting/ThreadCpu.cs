using System.Diagnostics;
using ActorMoo.Scripting.Budgets;

namespace ActorMoo.Bench.Scripting;

/// <summary>
/// Milliseconds of CPU the calling thread spends in a body (wall time where per-thread CPU clocks
/// are unavailable). The machine this suite runs on is shared with other builds, and CPU time,
/// unlike wall time, does not grow when other processes take the cores — which is also how the
/// <c>lua5.4</c> reference is timed (os.clock).
/// </summary>
internal static class ThreadCpu
{
    public static double Milliseconds(Action body)
    {
        var tid = ThreadCpuClock.CurrentThreadId();
        if (!ThreadCpuClock.TryRead(tid, out var before))
        {
            var sw = Stopwatch.StartNew();
            body();
            return sw.Elapsed.TotalMilliseconds;
        }
        body();
        ThreadCpuClock.TryRead(tid, out var after);
        return (after - before) / 1e6;
    }
}
