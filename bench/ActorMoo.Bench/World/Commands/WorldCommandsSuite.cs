using ActorMoo.Bench.Harness;
using ActorMoo.Bench.Persistence;

namespace ActorMoo.Bench.World.Commands;

/// <summary>
/// Suite <c>world-commands</c>: player commands per second and their latency through the real
/// server in this process — starter core, accounts, session actors, parser, Lua verbs, transactions,
/// the journal — driven through <see cref="ActorMoo.Actors.Sessions.LocalSession"/> consoles in a
/// lobby of 50 connected players: <c>inventory</c>, <c>look</c>, <c>say</c> (heard by the other 49)
/// and <c>get</c>/<c>drop</c> pairs, each by 1 and by 10 connections in a closed loop, on SQLite and
/// (when configured) PostgreSQL.
/// </summary>
/// <remarks>
/// A separate suite from <c>world</c> so that each keeps its <c>--quick</c> run under a minute.
/// The reference (the <c>inventory</c> baselines) is fixed, not measured in the same run: LambdaMOO
/// 1.8.3 with LambdaCore served about 40,000 <c>inventory</c> commands/s to one connection and
/// 88,000/s to ten, over loopback telnet from a C client, on this kind of machine (issue 6).
/// </remarks>
public sealed class WorldCommandsSuite : IBenchSuite
{
    private const int Players = 50;

    /// <summary>LambdaMOO's <c>inventory</c> rate by connection count (the anchor of issue 6).</summary>
    private static readonly Dictionary<int, double> LambdaMooInventory = new() { [1] = 40_000, [10] = 88_000 };

    private static readonly int[] Connections = [1, 10];

    private static readonly CommandWorkload[] Workloads =
    [
        new("inventory", (_, _) => "inventory", _ => "You ", 1),
        new("look", (_, _) => "look", _ => "The Lobby", 1),
        new("say", (_, n) => $"say hello {n}", _ => "You say", 1, " says, "),
        // Each connection alternates dropping and taking back its own thing, so nobody conflicts.
        new("get-drop", (c, n) => n % 2 == 0 ? $"get {CommandWorld.TokenOf(c)}" : $"drop {CommandWorld.TokenOf(c)}",
            n => n % 2 == 0 ? "You take" : "You drop", 2, " takes ", " drops "),
    ];

    /// <inheritdoc />
    public string Name => "world-commands";

    /// <inheritdoc />
    public async Task RunAsync(BenchContext context)
    {
        var duration = context.Size(TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(10));
        var warmUp = context.Size(TimeSpan.FromSeconds(0.3), TimeSpan.FromSeconds(2));
        WorldSuite.ReportLoad(context, "start");
        foreach (var store in BenchStore.Available())
        {
            await using (store)
            {
                await using var world = await CommandWorld.StartAsync(store, Players);
                foreach (var workload in Workloads)
                {
                    foreach (var connections in Connections)
                    {
                        await CommandLoad.RunAsync(world.Consoles, connections, warmUp, workload);
                        await world.SettleAsync();
                        var figures = await CommandLoad.RunAsync(world.Consoles, connections, duration, workload);
                        await world.SettleAsync();
                        Report(context, $"{store.Name}.{workload.Name}.{connections}-conn", workload, connections, figures);
                    }
                }
            }
        }
        WorldSuite.ReportLoad(context, "end");
    }

    private static void Report(BenchContext context, string prefix, CommandWorkload workload, int connections, CommandFigures figures)
    {
        double? anchor = workload.Name == "inventory" && LambdaMooInventory.TryGetValue(connections, out var rate) ? rate : null;
        context.Report($"{prefix}.commands-per-s", Math.Round(figures.CommandsPerSecond), "commands/s", anchor);
        context.Report($"{prefix}.p50", Math.Round(figures.P50Ms, 3), "ms");
        context.Report($"{prefix}.p99", Math.Round(figures.P99Ms, 3), "ms");
        context.Report($"{prefix}.cpu-per-command", Math.Round(figures.CpuMicrosPerCommand, 1), "µs");
        if (workload.FanOutMarkers.Length > 0)
            context.Report($"{prefix}.fan-out-deliveries-per-s", Math.Round(figures.FanOutPerSecond), "lines/s");
        if (figures.Unexpected > 0)
            context.Report($"{prefix}.unexpected-answers", figures.Unexpected, "commands");
    }
}
