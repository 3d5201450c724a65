using System.Diagnostics;

namespace ActorMoo.LoadGen.Measurement;

/// <summary>
/// Every measured command's latency in <see cref="Stopwatch"/> ticks. Each connection records into
/// its own instance (no locking on the hot path); the run merges them once at the end and sorts, so
/// percentiles are exact rather than bucketed. A 30 s run at a few thousand commands a second
/// holds well under a megabyte.
/// </summary>
public sealed class LatencySamples
{
    /// <summary>Recorded latencies in ticks, unsorted until <see cref="Merge"/>.</summary>
    private readonly List<long> _ticks = [];

    /// <summary>How many latencies are recorded.</summary>
    public int Count => _ticks.Count;

    /// <summary>Records one command's latency.</summary>
    public void Add(long stopwatchTicks) => _ticks.Add(stopwatchTicks);

    /// <summary>All samples of <paramref name="parts"/> as one sorted array of ticks.</summary>
    public static long[] Merge(IEnumerable<LatencySamples> parts)
    {
        long[] all = [.. parts.SelectMany(p => p._ticks)];
        Array.Sort(all);
        return all;
    }

    /// <summary>
    /// The nearest-rank percentile <paramref name="percent"/> (0–100) of sorted
    /// <paramref name="sorted"/>, in milliseconds; 0 when there are no samples.
    /// </summary>
    public static double PercentileMs(long[] sorted, double percent)
    {
        if (sorted.Length == 0)
            return 0;
        int rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        long ticks = sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
        return ticks * 1000.0 / Stopwatch.Frequency;
    }
}
