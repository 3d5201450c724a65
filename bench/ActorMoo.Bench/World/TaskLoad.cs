using System.Diagnostics;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Bench.Harness;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Bench.World;

/// <summary>What a <see cref="TaskLoad"/> run measured.</summary>
/// <param name="Committed">Tasks that committed.</param>
/// <param name="NotCommitted">Tasks that failed or gave up (should be zero on distinct objects).</param>
/// <param name="Attempts">Attempts over all tasks: more than the task count means conflicts re-ran some.</param>
/// <param name="Elapsed">Wall time of the run.</param>
/// <param name="LatenciesMs">Every task's latency, sorted ascending.</param>
/// <param name="Cpu">Processor time of the whole process during the run (all threads).</param>
/// <param name="GcPause">Time the garbage collector paused the process during the run.</param>
internal sealed record LoadFigures(long Committed, long NotCommitted, long Attempts, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMs, TimeSpan Cpu, TimeSpan GcPause)
{
    /// <summary>Process CPU microseconds per committed task: where the ceiling on a 2-core machine comes from.</summary>
    public double CpuMicrosPerTask => Cpu.TotalMicroseconds / Math.Max(1, Committed);

    /// <summary>Share of the wall time the process spent paused for garbage collection.</summary>
    public double GcPausePercent => 100 * GcPause / Elapsed;

    /// <summary>Committed tasks per wall-clock second.</summary>
    public double CommittedPerSecond => Committed / Elapsed.TotalSeconds;

    /// <summary>Median task latency.</summary>
    public double P50Ms => Measure.Percentile(LatenciesMs, 0.50);

    /// <summary>99th percentile task latency.</summary>
    public double P99Ms => Measure.Percentile(LatenciesMs, 0.99);

    /// <summary>Re-runs per task: attempts beyond the first, over all tasks.</summary>
    public double RetriesPerTask => (double)(Attempts - Committed - NotCommitted) / Math.Max(1, Committed + NotCommitted);
}

/// <summary>
/// A closed-loop load: <c>workers</c> callers each keep exactly one task in flight (start the next
/// when the last one ends) until the time is up, so the number of tasks in flight is the worker count.
/// </summary>
internal static class TaskLoad
{
    /// <summary>Runs <paramref name="task"/>(worker) on every worker for <paramref name="duration"/>.</summary>
    public static async Task<LoadFigures> RunAsync(int workers, TimeSpan duration, Func<int, Task<TaskOutcome<MooValue>>> task)
    {
        var perWorker = new WorkerFigures[workers];
        var reportedFailure = 0;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var gcBefore = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var figures = perWorker[w] = new WorkerFigures();
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                var outcome = await task(w);
                figures.Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                figures.Attempts += outcome.Attempts;
                if (outcome.IsCommitted) figures.Committed++;
                else
                {
                    figures.NotCommitted++;
                    // The first reason per run, so that a failure rate in the figures has a cause beside it.
                    if (Interlocked.Exchange(ref reportedFailure, 1) == 0)
                        Console.Error.WriteLine($"world: a task did not commit ({outcome.Status}): {outcome.Message}");
                }
            }
        })));
        var elapsed = clock.Elapsed;
        process.Refresh();
        return new LoadFigures(
            perWorker.Sum(f => f.Committed),
            perWorker.Sum(f => f.NotCommitted),
            perWorker.Sum(f => f.Attempts),
            elapsed,
            [.. perWorker.SelectMany(f => f.Latencies).Order()],
            process.TotalProcessorTime - cpuBefore,
            GC.GetTotalPauseDuration() - gcBefore);
    }

    private sealed class WorkerFigures
    {
        public List<double> Latencies { get; } = [];

        public long Committed { get; set; }

        public long NotCommitted { get; set; }

        public long Attempts { get; set; }
    }
}
