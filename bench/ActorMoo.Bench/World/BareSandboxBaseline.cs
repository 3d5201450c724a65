using System.Diagnostics;
using ActorMoo.Scripting;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.HostFunctions;

namespace ActorMoo.Bench.World;

/// <summary>
/// The baseline, "the cost of being an actor world": the same verb body run as a verb in the same
/// sandboxed engine with the same budget, but with no world — <c>this</c>, the rooms and <c>move</c>
/// are plain Lua tables (<see cref="WorldVerbs.BareStandIns"/>), and there are no actors, no
/// transaction and no persistence. One loop per core, so it uses the machine as the world does.
/// </summary>
internal sealed class BareSandboxBaseline(ScriptingSettings settings) : IDisposable
{
    private readonly ScriptEngine _engine = new(settings, []);

    /// <summary>
    /// Completed runs of <paramref name="body"/> per wall-clock second over <paramref name="duration"/>,
    /// and how many runs did not complete. Sampled step counting estimates steps from elapsed time,
    /// so on a loaded machine a run that was descheduled can be charged a whole budget: such runs
    /// are counted, not thrown, as the world's tasks count them.
    /// </summary>
    public (double RunsPerSecond, long Failed) Run(string name, string body, TimeSpan duration)
    {
        var request = new ScriptRunRequest(new VerbCode(name, 1, $"bare:{name}", WorldVerbs.BareStandIns + body), settings.Foreground);
        long runs = 0, failed = 0;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, Environment.ProcessorCount, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, _ =>
        {
            long mine = 0, mineFailed = 0;
            while (clock.Elapsed < duration)
            {
                using var run = _engine.Run(request);
                if (run.Status == ScriptRunStatus.Completed) mine++;
                else mineFailed++;
            }
            Interlocked.Add(ref runs, mine);
            Interlocked.Add(ref failed, mineFailed);
        });
        return (runs / clock.Elapsed.TotalSeconds, failed);
    }

    public void Dispose() => _engine.Dispose();
}
