using ActorMoo.Bench.Harness;
using ActorMoo.Bench.Persistence;
using ActorMoo.Scripting;

namespace ActorMoo.Bench.World;

/// <summary>
/// Suite <c>world</c>: committed verb tasks per second through the whole world (object actors,
/// optimistic transactions, two-phase commit, the journal) for a read-only verb, a verb that writes
/// one object and a verb that moves an item between two rooms (three objects), with many tasks in
/// flight on distinct objects, on SQLite and (when configured) PostgreSQL; then 50 tasks fighting
/// over one item. Each figure's baseline is the same verb body in a bare sandbox (same run); the
/// cost breakdown and the shared-parent variant are reported against the verb figures they explain.
/// </summary>
public sealed class WorldSuite : IBenchSuite
{
    /// <summary>The production engine settings: sampled step counting, default budgets.</summary>
    private static readonly ScriptingSettings Scripting = new();

    /// <inheritdoc />
    public string Name => "world";

    /// <inheritdoc />
    public async Task RunAsync(BenchContext context)
    {
        var duration = context.Size(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10));
        var warmUp = context.Size(TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(2));
        int[] inFlight = context.Quick ? [64] : [64, 256];
        ReportLoad(context, "start");

        var baselines = new Dictionary<string, double>();
        var bareCpuMicros = new Dictionary<string, double>();
        using (var bare = new BareSandboxBaseline(Scripting))
        {
            foreach (var (verb, body) in WorldVerbs.All)
            {
                bare.Run(verb, body, warmUp);
                (baselines[verb], var failed) = bare.Run(verb, body, duration);
                if (failed > 0)
                    context.Report($"bare-sandbox.{verb}.failed-runs", failed, "runs");
                // The bare loop keeps every core busy, so its CPU per run is cores / rate.
                bareCpuMicros[verb] = 1e6 * Environment.ProcessorCount / baselines[verb];
                context.Report($"bare-sandbox.{verb}.runs-per-s", Math.Round(baselines[verb]), "runs/s");
            }
        }

        foreach (var store in BenchStore.Available())
        {
            await using (store)
            {
                await using var world = await BenchWorld.StartAsync(store, Scripting);
                var desks = await BenchDesk.CreateManyAsync(world.Tasks, inFlight.Max());
                var verbRates = new Dictionary<string, double>();
                foreach (var (verb, _) in WorldVerbs.All)
                {
                    foreach (var workers in inFlight)
                    {
                        var call = (int w) => world.Verbs.CallAsync(desks[w].Player, desks[w].Item, verb, desks[w].Rooms);
                        await TaskLoad.RunAsync(workers, warmUp, call);
                        var figures = await TaskLoad.RunAsync(workers, duration, call);
                        var prefix = $"{store.Name}.{verb}.{workers}-in-flight";
                        verbRates[verb] = figures.CommittedPerSecond;
                        context.Report($"{prefix}.committed-tasks-per-s", Math.Round(figures.CommittedPerSecond), "tasks/s", Math.Round(baselines[verb]));
                        context.Report($"{prefix}.p50", Math.Round(figures.P50Ms, 2), "ms");
                        context.Report($"{prefix}.p99", Math.Round(figures.P99Ms, 2), "ms");
                        context.Report($"{prefix}.cpu-per-task", Math.Round(figures.CpuMicrosPerTask, 1), "µs", Math.Round(bareCpuMicros[verb], 1));
                        context.Report($"{prefix}.gc-pause", Math.Round(figures.GcPausePercent, 1), "% of wall time");
                        if (figures.NotCommitted > 0 || figures.RetriesPerTask > 0)
                        {
                            context.Report($"{prefix}.not-committed", figures.NotCommitted, "tasks");
                            context.Report($"{prefix}.retries-per-task", Math.Round(figures.RetriesPerTask, 3), "retries/task");
                        }
                    }
                }
                await CostBreakdown.RunAsync(context, store.Name, world.Tasks, desks, inFlight.Max(), warmUp, duration, verbRates);
                await SharedParentBenchmark.RunAsync(context, store.Name, world.Tasks, world.Verbs, inFlight.Max(), warmUp, duration, verbRates);
                await ContentionBenchmark.RunAsync(context, store.Name, world.Verbs, desks[0], baselines["carry"]);
            }
        }
        ReportLoad(context, "end");
    }

    /// <summary>The machine is shared: the 1-minute load average goes with the figures.</summary>
    internal static void ReportLoad(BenchContext context, string when)
    {
        var text = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg") : null;
        if (text is not null && double.TryParse(text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture, out var load))
            context.Report($"machine.load-average-1m.{when}", load, "runnable");
    }
}
