using System.Diagnostics;
using System.Text;
using ActorMoo.Bench.World.Commands;
using ActorMoo.LoadGen.Client;

namespace ActorMoo.Bench.Edge;

/// <summary>What a <see cref="SayFanOutLoad"/> run measured.</summary>
/// <param name="Speakers">The speakers' <c>say</c> commands: rate and latency of their own echo (<c>You say, …</c> and the prompt mark).</param>
/// <param name="Delivered">Other players' <c>… says, …</c> lines read from the listeners' sockets.</param>
/// <param name="DeliveryElapsed">From the start until the last listener read the end marker: every line delivered by then.</param>
internal sealed record FanOutFigures(CommandFigures Speakers, long Delivered, TimeSpan DeliveryElapsed)
{
    /// <summary>Lines delivered to other players per wall-clock second.</summary>
    public double DeliveredPerSecond => Delivered / DeliveryElapsed.TotalSeconds;
}

/// <summary>
/// <c>say</c> in a full room over telnet: the first <c>speakers</c> players say lines in a closed
/// loop while every other player only reads its socket, counting the lines it hears. When the time is
/// up, the first speaker says an end marker; a listener stops when it reads the marker, so lines still
/// on their way are counted and the run ends only when everything said was delivered.
/// </summary>
internal static class SayFanOutLoad
{
    private const string EndMarker = "fan-out-run-over";

    /// <summary>Runs the fan-out with the first <paramref name="speakers"/> of <paramref name="players"/> talking for <paramref name="duration"/>.</summary>
    public static async Task<FanOutFigures> RunAsync(IReadOnlyList<MooConnection> players, int speakers, TimeSpan duration)
    {
        using var timeout = new CancellationTokenSource(duration + TimeSpan.FromMinutes(2));
        var clock = Stopwatch.StartNew();
        var listeners = players.Skip(speakers).Select(p => Task.Run(() => ListenAsync(p, clock, timeout.Token))).ToList();
        var said = await TelnetCommandLoad.RunAsync(players, speakers, duration, "say the quick brown fox jumps over the lazy dog", "You say, ");
        await players[0].ExecuteAsync($"say {EndMarker}", timeout.Token);
        var heard = await Task.WhenAll(listeners);
        return new FanOutFigures(said, heard.Sum(h => h.Lines), heard.Max(h => h.Done));
    }

    /// <summary>Reads <paramref name="player"/>'s output until the end marker; returns the lines before it and when it arrived.</summary>
    private static async Task<(long Lines, TimeSpan Done)> ListenAsync(MooConnection player, Stopwatch clock, CancellationToken cancellationToken)
    {
        long lines = 0;
        var partial = new StringBuilder();
        while (true)
        {
            partial.Append(await player.ReadOutputAsync(cancellationToken));
            var text = partial.ToString();
            var end = text.LastIndexOf('\n');
            if (end < 0)
                continue;
            foreach (var line in text.AsSpan(0, end).EnumerateLines())
            {
                if (line.Contains(EndMarker, StringComparison.Ordinal))
                    return (lines, clock.Elapsed);
                if (line.Contains(" says, ", StringComparison.Ordinal))
                    lines++;
            }

            partial.Clear().Append(text, end + 1, text.Length - end - 1);
        }
    }
}
