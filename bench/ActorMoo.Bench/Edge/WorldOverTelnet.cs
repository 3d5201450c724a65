using ActorMoo.Bench.Harness;
using ActorMoo.Bench.World.Commands;

namespace ActorMoo.Bench.Edge;

/// <summary>
/// The edge suite's end-to-end part (issue 7, item 8): whole commands over loopback telnet against
/// the real server (<see cref="TelnetWorld"/>) with 100 players in the lobby (30 with <c>--quick</c>:
/// logging in is slow) — <c>inventory</c> by 1, 10 and all connections in a closed loop, and
/// <c>say</c> by 1 and 10 speakers, heard by everyone else in the room.
/// The same-run baseline of each is the bare Kestrel echo (<see cref="RawEchoServer"/>) driven the
/// same way: the same connections, one line in flight on each — the cost of the loopback round trip
/// alone. The fixed anchors are issue 7's: LambdaMOO 1.8.3 with LambdaCore and Ranvier on this
/// kind of machine.
/// </summary>
internal static class WorldOverTelnet
{
    /// <summary><c>inventory</c>/s of LambdaMOO 1.8.3 + LambdaCore by connection count (issue 7).</summary>
    private static readonly Dictionary<int, double> LambdaMoo = new() { [1] = 40_000, [10] = 88_000 };

    /// <summary><c>inventory</c>/s of Ranvier (Node.js) by connection count (issue 7).</summary>
    private static readonly Dictionary<int, double> Ranvier = new() { [1] = 20_000, [10] = 35_000 };

    /// <summary>Measures and reports everything; <paramref name="rawEchoPort"/> is the running baseline server.</summary>
    public static async Task RunAsync(BenchContext context, int rawEchoPort)
    {
        var players = context.Size(30, 100);
        var duration = context.Size(TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(10));
        var warmUp = context.Size(TimeSpan.FromSeconds(0.3), TimeSpan.FromSeconds(2));
        await using var world = await TelnetWorld.StartAsync(players);

        foreach (var connections in new[] { 1, 10, players })
        {
            // Interleaved with the baseline, so that load from other processes hits both alike.
            var echo = await LineEchoLoad.RunAsync(rawEchoPort, connections, duration, window: 1);
            await TelnetCommandLoad.RunAsync(world.Players, connections, warmUp, "inventory", "You are ");
            var figures = await TelnetCommandLoad.RunAsync(world.Players, connections, duration, "inventory", "You are ");
            await world.SettleAsync();
            var prefix = $"inventory.{connections}-connections";
            ReportCommands(context, prefix, figures, echo);
            if (LambdaMoo.TryGetValue(connections, out var lambda))
                context.Report($"{prefix}.vs-lambdamoo", Math.Round(figures.CommandsPerSecond), "commands/s", lambda);
            if (Ranvier.TryGetValue(connections, out var ranvier))
                context.Report($"{prefix}.vs-ranvier", Math.Round(figures.CommandsPerSecond), "commands/s", ranvier);
        }

        foreach (var speakers in new[] { 1, 10 })
        {
            var echo = await LineEchoLoad.RunAsync(rawEchoPort, speakers, duration, window: 1);
            await SayFanOutLoad.RunAsync(world.Players, speakers, warmUp);
            await world.SettleAsync();
            var fanOut = await SayFanOutLoad.RunAsync(world.Players, speakers, duration);
            await world.SettleAsync();
            var prefix = $"say.{speakers}-speakers.room-of-{players}";
            ReportCommands(context, prefix, fanOut.Speakers, echo);
            context.Report($"{prefix}.delivered-lines-per-s", Math.Round(fanOut.DeliveredPerSecond), "lines/s");
        }
    }

    private static void ReportCommands(BenchContext context, string prefix, CommandFigures figures, double echoLinesPerSecond)
    {
        context.Report($"{prefix}.commands-per-s", Math.Round(figures.CommandsPerSecond), "commands/s", Math.Round(echoLinesPerSecond));
        context.Report($"{prefix}.p50", Math.Round(figures.P50Ms, 3), "ms");
        context.Report($"{prefix}.p99", Math.Round(figures.P99Ms, 3), "ms");
        context.Report($"{prefix}.cpu-per-command", Math.Round(figures.CpuMicrosPerCommand, 1), "µs");
        if (figures.Unexpected > 0)
            context.Report($"{prefix}.unexpected-answers", figures.Unexpected, "commands");
    }
}
