using ActorMoo.Bench.Harness;

namespace ActorMoo.Bench.Runtime;

/// <summary>
/// One measurement of the <c>runtime</c> suite. The suite finds every implementation in this
/// assembly, so adding a benchmark (e.g. sharding's entity activation) is adding one file.
/// </summary>
public interface IRuntimeBenchmark
{
    /// <summary>Position in the suite; lower runs first.</summary>
    int Order { get; }

    /// <summary>Runs the measurement and reports its figures through <paramref name="context"/>.</summary>
    Task RunAsync(BenchContext context);
}
