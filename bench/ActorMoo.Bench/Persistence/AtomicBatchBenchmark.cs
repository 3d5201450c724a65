using System.Diagnostics;
using ActorMoo.Bench.Harness;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Bench.Persistence;

/// <summary>
/// Atomic 3-entity writes per second: the shape of a "get item" command, which changes the room, the
/// player and the item in one transaction. 1,000 concurrent writers, each on its own three ids,
/// write straight to the journal as the world's transaction layer does.
/// </summary>
internal static class AtomicBatchBenchmark
{
    private const int Writers = 1000;

    public static async Task RunAsync(BenchContext context, BenchStore store)
    {
        var writesEach = context.Size(10, 50);
        await using var persistence = await BenchPersistence.CreateAsync(store);
        await WriteAsync(persistence.Journal, "warm", 1);

        var stopwatch = Stopwatch.StartNew();
        await WriteAsync(persistence.Journal, "run", writesEach);
        var rate = (double)Writers * writesEach / stopwatch.Elapsed.TotalSeconds;

        context.Report($"{store.Name}.atomic-3-entity.writes-per-s", Math.Round(rate), "writes/s");
        context.Report($"{store.Name}.atomic-3-entity.events-per-s", Math.Round(rate * 3), "events/s");
    }

    private static Task WriteAsync(EventJournal journal, string prefix, int writesEach) =>
        Task.WhenAll(Enumerable.Range(0, Writers).Select(async w =>
        {
            for (var i = 0; i < writesEach; i++)
            {
                await journal.WriteAsync(new AtomicWrite([
                    new EntityWrite($"{prefix}-room-{w}", i, [BenchContracts.Event(i)]),
                    new EntityWrite($"{prefix}-player-{w}", i, [BenchContracts.Event(i)]),
                    new EntityWrite($"{prefix}-item-{w}", i, [BenchContracts.Event(i)]),
                ]));
            }
        }));
}
