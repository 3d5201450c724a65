using System.Diagnostics;

namespace ActorMoo.Bench.Harness;

/// <summary>Small timing helpers shared by the suites.</summary>
public static class Measure
{
    /// <summary>Runs <paramref name="body"/> once and returns operations per second for <paramref name="operations"/>.</summary>
    public static async Task<double> RatePerSecondAsync(long operations, Func<Task> body)
    {
        var sw = Stopwatch.StartNew();
        await body();
        return operations / sw.Elapsed.TotalSeconds;
    }

    /// <summary>Runs <paramref name="body"/> once and returns operations per second for <paramref name="operations"/>.</summary>
    public static double RatePerSecond(long operations, Action body)
    {
        var sw = Stopwatch.StartNew();
        body();
        return operations / sw.Elapsed.TotalSeconds;
    }

    /// <summary>The value at quantile <paramref name="q"/> (0..1) of <paramref name="sorted"/>, which must be sorted.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double q)
    {
        if (sorted.Count == 0) return double.NaN;
        var index = (int)Math.Clamp(Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1);
        return sorted[index];
    }

    /// <summary>The median of several runs of <paramref name="sample"/> (after one warm-up run).</summary>
    public static double MedianOf(int runs, Func<double> sample)
    {
        sample();
        var values = Enumerable.Range(0, runs).Select(_ => sample()).Order().ToList();
        return values[values.Count / 2];
    }
}
