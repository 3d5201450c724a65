namespace ActorMoo.Bench.Harness;

/// <summary>What a running suite gets: whether to be quick, and where to report figures.</summary>
/// <param name="Suite">The suite's name, stamped on every line it reports.</param>
/// <param name="Quick">True for <c>--quick</c>: the whole suite must finish in under a minute.</param>
/// <param name="Reporter">Writes the JSON lines.</param>
public sealed record BenchContext(string Suite, bool Quick, BenchReporter Reporter)
{
    /// <summary>Reports one figure; <paramref name="baseline"/> is the same-run reference, if there is one.</summary>
    public void Report(string name, double value, string unit, double? baseline = null) =>
        Reporter.Write(new BenchResult(Suite, name, value, unit, baseline));

    /// <summary>Picks the quick or the full size of a workload.</summary>
    public T Size<T>(T quick, T full) => Quick ? quick : full;
}
