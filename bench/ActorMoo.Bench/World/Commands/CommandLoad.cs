using System.Diagnostics;
using ActorMoo.Actors.Sessions;
using ActorMoo.Bench.Harness;

namespace ActorMoo.Bench.World.Commands;

/// <summary>One kind of command measured: what each connection types, what its answer must contain, and which lines are another player's.</summary>
/// <param name="Name">The name in the figures.</param>
/// <param name="Line">The line connection <c>c</c> types as its <c>n</c>th command.</param>
/// <param name="Expected">Text the <c>n</c>th answer must contain (a wrong answer is counted, not timed as a command).</param>
/// <param name="Cycle">Commands that return the world to where it was (a get and a drop: 2); a run ends only after whole cycles.</param>
/// <param name="FanOutMarkers">Texts of which one is in every line that reports another player's action (empty when the command tells nobody else).</param>
internal sealed record CommandWorkload(string Name, Func<int, long, string> Line, Func<long, string> Expected, int Cycle, params string[] FanOutMarkers);

/// <summary>What a <see cref="CommandLoad"/> run measured.</summary>
/// <param name="Commands">Commands answered as expected.</param>
/// <param name="Unexpected">Commands answered with something else (should be zero).</param>
/// <param name="FanOut">Lines other players' consoles received because of the commands.</param>
/// <param name="Elapsed">Wall time of the run.</param>
/// <param name="LatenciesMs">Every command's latency (line sent until its prompt arrived), sorted.</param>
/// <param name="Cpu">Processor time of the whole process during the run.</param>
internal sealed record CommandFigures(long Commands, long Unexpected, long FanOut, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMs, TimeSpan Cpu)
{
    /// <summary>Commands per wall-clock second.</summary>
    public double CommandsPerSecond => Commands / Elapsed.TotalSeconds;

    /// <summary>Fan-out lines delivered per wall-clock second.</summary>
    public double FanOutPerSecond => FanOut / Elapsed.TotalSeconds;

    /// <summary>Process CPU microseconds per command (the whole server and the consoles).</summary>
    public double CpuMicrosPerCommand => Cpu.TotalMicroseconds / Math.Max(1, Commands);

    /// <summary>Median command latency.</summary>
    public double P50Ms => Measure.Percentile(LatenciesMs, 0.50);

    /// <summary>99th percentile command latency.</summary>
    public double P99Ms => Measure.Percentile(LatenciesMs, 0.99);
}

/// <summary>
/// A closed loop through sessions, as a telnet client would drive them: each of the first
/// <c>connections</c> consoles types a line, waits for the answer and its prompt, and types the
/// next, until the time is up. The other consoles are read all along (as an edge would write to
/// their sockets), counting what they receive.
/// </summary>
internal static class CommandLoad
{
    /// <summary>How long a listener waits for a line before looking whether the run is over.</summary>
    private static readonly TimeSpan ListenPoll = TimeSpan.FromMilliseconds(500);

    /// <summary>Runs <paramref name="workload"/> on the first <paramref name="connections"/> of <paramref name="consoles"/> for <paramref name="duration"/>.</summary>
    public static async Task<CommandFigures> RunAsync(IReadOnlyList<LocalSession> consoles, int connections, TimeSpan duration, CommandWorkload workload)
    {
        var actors = new ActorFigures[connections];
        var running = true;
        var listeners = consoles.Skip(connections).Select(c => Task.Run(() => ListenAsync(c, () => Volatile.Read(ref running)))).ToList();
        var reportedUnexpected = 0;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(c => Task.Run(async () =>
        {
            var figures = actors[c] = new ActorFigures();
            // n counts expected answers only: a command given up (a conflict) is typed again, so a
            // get/drop cycle never falls out of step with where the thing really is. A cycle left
            // open at the end is finished, within a bound in case its command keeps failing.
            for (long n = 0; clock.Elapsed < duration || (n % workload.Cycle != 0 && clock.Elapsed < 4 * duration);)
            {
                var started = Stopwatch.GetTimestamp();
                var answer = await consoles[c].CommandAsync(workload.Line(c, n), TimeSpan.FromMinutes(2));
                var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                figures.FanOut += answer.Split('\n').Count(line => workload.FanOutMarkers.Any(m => line.Contains(m, StringComparison.Ordinal)));
                if (answer.Contains(workload.Expected(n), StringComparison.Ordinal))
                {
                    figures.Latencies.Add(latency);
                    figures.Commands++;
                    n++;
                }
                else
                {
                    figures.Unexpected++;
                    if (Interlocked.Exchange(ref reportedUnexpected, 1) == 0)
                        Console.Error.WriteLine($"world-commands: '{workload.Line(c, n)}' answered unexpectedly:\n{answer}");
                }
            }
        })));
        var elapsed = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        Volatile.Write(ref running, false);
        var heard = await Task.WhenAll(listeners);
        return new CommandFigures(
            actors.Sum(a => a.Commands),
            actors.Sum(a => a.Unexpected),
            actors.Sum(a => a.FanOut) + heard.Sum(),
            elapsed,
            [.. actors.SelectMany(a => a.Latencies).Order()],
            cpu);
    }

    /// <summary>Reads <paramref name="console"/> until the run is over and nothing more arrives; returns the lines received.</summary>
    private static async Task<long> ListenAsync(LocalSession console, Func<bool> running)
    {
        long lines = 0;
        while (true)
        {
            try
            {
                var text = await console.ReadOutputAsync(ListenPoll);
                lines += text.Split('\n').Length;
            }
            catch (TimeoutException) when (!running())
            {
                return lines;
            }
            catch (TimeoutException)
            {
                // Quiet for a moment while others still type: keep listening.
            }
        }
    }

    private sealed class ActorFigures
    {
        public List<double> Latencies { get; } = [];

        public long Commands { get; set; }

        public long Unexpected { get; set; }

        public long FanOut { get; set; }
    }
}
