using ActorMoo.Bench.Harness;

namespace ActorMoo.Bench.Persistence;

/// <summary>
/// The <c>persistence</c> suite: append throughput with group commit against one INSERT per
/// transaction, atomic multi-entity writes, and recovery, on SQLite and (when configured) PostgreSQL.
/// </summary>
public sealed class PersistenceSuite : IBenchSuite
{
    /// <inheritdoc />
    public string Name => "persistence";

    /// <inheritdoc />
    public async Task RunAsync(BenchContext context)
    {
        foreach (var store in BenchStore.Available())
        {
            await using (store)
            {
                await AppendBenchmark.RunAsync(context, store);
                await AtomicBatchBenchmark.RunAsync(context, store);
                await RecoveryBenchmark.RunAsync(context, store);
            }
        }
    }
}
