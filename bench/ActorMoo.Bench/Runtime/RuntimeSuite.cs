using ActorMoo.Bench.Harness;

namespace ActorMoo.Bench.Runtime;

/// <summary>The <c>runtime</c> suite: every <see cref="IRuntimeBenchmark"/> in this assembly, by <see cref="IRuntimeBenchmark.Order"/>.</summary>
public sealed class RuntimeSuite : IBenchSuite
{
    /// <inheritdoc />
    public string Name => "runtime";

    /// <inheritdoc />
    public async Task RunAsync(BenchContext context)
    {
        var benchmarks = typeof(RuntimeSuite).Assembly.GetTypes()
            .Where(t => typeof(IRuntimeBenchmark).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IRuntimeBenchmark)Activator.CreateInstance(t)!)
            .OrderBy(b => b.Order)
            .ToList();
        foreach (var benchmark in benchmarks) await benchmark.RunAsync(context);
    }
}
