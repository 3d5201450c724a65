using System.Diagnostics;
using ActorMoo.Bench.World.Commands;
using ActorMoo.LoadGen.Client;

namespace ActorMoo.Bench.Edge;

/// <summary>
/// A closed loop over telnet: each of the first <c>connections</c> players types the line, waits for
/// the answer and the prompt mark after it (IAC GA: the load generator's client refuses EOR), and
/// types it again, until the time is up. Every answer is checked; a wrong one is counted, not timed.
/// </summary>
internal static class TelnetCommandLoad
{
    /// <summary>Runs <paramref name="line"/> on the first <paramref name="connections"/> of <paramref name="players"/> for <paramref name="duration"/>.</summary>
    public static async Task<CommandFigures> RunAsync(IReadOnlyList<MooConnection> players, int connections, TimeSpan duration, string line, string expected)
    {
        var latencies = new List<double>[connections];
        var unexpected = new long[connections];
        var reported = 0;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = [];
            using var timeout = new CancellationTokenSource(duration + TimeSpan.FromMinutes(2));
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                var answer = await players[c].ExecuteAsync(line, timeout.Token);
                var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (answer.Contains(expected, StringComparison.Ordinal))
                {
                    mine.Add(latency);
                }
                else
                {
                    unexpected[c]++;
                    if (Interlocked.Exchange(ref reported, 1) == 0)
                        Console.Error.WriteLine($"edge: '{line}' answered unexpectedly over telnet:\n{answer}");
                }
            }
        })));
        var elapsed = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var sorted = latencies.SelectMany(l => l).Order().ToList();
        return new CommandFigures(sorted.Count, unexpected.Sum(), 0, elapsed, sorted, cpu);
    }
}
