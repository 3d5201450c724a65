using ActorMoo.Bench.Harness;
using ActorMoo.Scripting;
using ActorMoo.Scripting.Budgets;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.HostFunctions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Bench.Scripting;

/// <summary>
/// Suite <c>scripting</c>: the sandboxed engine against a bare KeraLua state (same run), plus
/// host-call throughput, verb runs per second, memory per state and run start-up cost.
/// Times are CPU time of the measuring thread (see <see cref="ThreadCpu"/>), except the
/// cross-thread resume, which is wall time because it spans two threads.
/// </summary>
public sealed class ScriptingSuite : IBenchSuite
{
    /// <inheritdoc />
    public string Name => "scripting";

    private sealed record Wait;

    private static readonly HostFunctionTable BenchTable = new("bench", "Benchmark host functions.",
    [
        new HostFunction("add", "Adds two integers.", static (in HostCall call) => MooValue.Integer(call.GetInteger(0) + call.GetInteger(1)),
            new HostParameter("a", HostArgType.Integer), new HostParameter("b", HostArgType.Integer)),
        new HostFunction("wait", "Suspends until resumed.", static (in HostCall call) => HostResult.Pending(new Wait())),
    ]);

    /// <inheritdoc />
    public Task RunAsync(BenchContext context)
    {
        var runs = context.Size(3, 9);
        // Full budgets: memory, wall clock and steps all enforced; the step budget is raised so the
        // 10M-iteration loop (~20M VM instructions) is not itself over budget.
        var budget = new ScriptBudget(10_000_000_000, 32L * 1024 * 1024, TimeSpan.FromSeconds(30));
        using var sampled = new ScriptEngine(new ScriptingSettings(), [BenchTable]);
        using var exact = new ScriptEngine(new ScriptingSettings { StepCounting = StepCounting.Exact }, [BenchTable]);
        using var bare = new BareLua();
        var luaBinary = LuaBinary.Find();

        foreach (var (name, source) in ScriptingWorkloads.All)
        {
            // Interleaved so that load from other processes hits every engine alike.
            var samples = Interleaved(runs,
                () => bare.Time(source),
                () => TimeRun(sampled, name, source, budget),
                () => TimeRun(exact, name, source, budget),
                () => luaBinary is null ? double.NaN : LuaBinary.Time(luaBinary, source));
            context.Report($"cpu.{name}.sandboxed", samples[1], "ms", samples[0]);
            context.Report($"cpu.{name}.exact-steps", samples[2], "ms", samples[0]);
            if (luaBinary is not null) context.Report($"cpu.{name}.lua5.4-binary", samples[3], "ms", samples[0]);
        }

        HostCalls(context, sampled, budget, runs);
        VerbRuns(context, sampled, bare, budget, runs);
        StateMemory(context);
        return Task.CompletedTask;
    }

    /// <summary>Runs each measurement once per round (after a warm-up round) and returns the medians.</summary>
    private static double[] Interleaved(int rounds, params Func<double>[] measurements)
    {
        foreach (var measure in measurements) measure();
        var samples = measurements.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < measurements.Length; i++) samples[i].Add(measurements[i]());
        }
        return [.. samples.Select(list => list.Order().ElementAt(list.Count / 2))];
    }

    private static double TimeRun(ScriptEngine engine, string name, string source, ScriptBudget budget)
    {
        ScriptRun? run = null;
        var ms = ThreadCpu.Milliseconds(() => run = engine.Run(new ScriptRunRequest(new VerbCode(name, 1, name, source), budget)));
        using (run)
        {
            if (run!.Status != ScriptRunStatus.Completed) throw new InvalidOperationException($"{name}: {run.Error}");
        }
        return ms;
    }

    /// <summary>Operations per CPU second of the calling thread.</summary>
    private static double Rate(long operations, Action body) => operations / (ThreadCpu.Milliseconds(body) / 1000);

    private static void HostCalls(BenchContext context, ScriptEngine engine, ScriptBudget budget, int runs)
    {
        var calls = context.Size(2_000_000, 10_000_000);
        var host = $"local add = bench.add local x = 0 for i = 1, {calls} do x = add(x, 1) end return x";
        var lua = $"local function add(a, b) return a + b end local x = 0 for i = 1, {calls} do x = add(x, 1) end return x";
        var rates = Interleaved(runs,
            () => calls / (TimeRun(engine, "hostcalls", host, budget) / 1000),
            () => calls / (TimeRun(engine, "luacalls", lua, budget) / 1000));
        context.Report("host-calls.per-second", rates[0], "calls/s", rates[1]);
    }

    private static void VerbRuns(BenchContext context, ScriptEngine engine, BareLua bare, ScriptBudget budget, int runs)
    {
        var count = context.Size(200_000, 1_000_000);
        var trivial = new ScriptRunRequest(new VerbCode("trivial", 1, "#1:trivial", "return 1"), budget);
        var waiting = new ScriptRunRequest(new VerbCode("waiting", 1, "#1:waiting", "return bench.wait()"), budget);
        var bareRate = Measure.MedianOf(runs, () => bare.CallsPerSecond(count));

        context.Report("verb-runs.trivial.per-second", Measure.MedianOf(runs, () => Rate(count, () =>
        {
            for (var i = 0; i < count; i++) engine.Run(trivial).Dispose();
        })), "runs/s", bareRate);

        context.Report("verb-runs.async-yield-resume.per-second", Measure.MedianOf(runs, () => Rate(count, () =>
        {
            for (var i = 0; i < count; i++)
            {
                using var run = engine.Run(waiting);
                run.Resume(HostResult.Ok(MooValue.Integer(i)));
            }
        })), "runs/s", bareRate);

        var threaded = count / 10;
        context.Report("verb-runs.async-resume-other-thread.per-second", Measure.MedianOf(runs, () => Measure.RatePerSecond(threaded, () =>
        {
            for (var i = 0; i < threaded; i++)
            {
                using var run = engine.Run(waiting);
                Task.Run(() => run.Resume(HostResult.Ok(MooValue.Nil))).Wait();
            }
        })), "runs/s", bareRate);

        var startups = context.Size(2_000, 10_000);
        var serial = 0;
        context.Report("run-startup.cache-miss", Measure.MedianOf(runs, () => 1e6 / Rate(startups, () =>
        {
            for (var i = 0; i < startups; i++)
                engine.Run(new ScriptRunRequest(new VerbCode("fresh" + serial++, 1, "#1:fresh", "return 1"), budget)).Dispose();
        })), "µs/run");
        context.Report("run-startup.cache-hit", Measure.MedianOf(runs, () => 1e6 / Rate(count, () =>
        {
            for (var i = 0; i < count; i++) engine.Run(trivial).Dispose();
        })), "µs/run", 1e6 / bareRate);
    }

    private static unsafe void StateMemory(BenchContext context)
    {
        const int states = 16;
        using var engine = new ScriptEngine(new ScriptingSettings { MaxIdleStates = states }, [BenchTable]);
        var leased = new List<ScriptRun>();
        for (var i = 0; i < states; i++) leased.Add(engine.Start(new ScriptRunRequest(new VerbCode("idle", 1, "#1:idle", "return 1"), engine.Settings.Foreground)));
        foreach (var run in leased) run.Resume();
        var total = 0L;
        foreach (var state in engine.Pool.IdleStates()) total += state.UsedBytes;
        context.Report("memory.per-pooled-state", total / (double)states / 1024, "KiB", BareLua.StateBytes() / 1024.0);
    }
}
