using System.Diagnostics;
using ActorMoo.Bench.Harness;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Bench.Persistence;

/// <summary>
/// Recovery: one entity with 100,000 events recovered without and with a snapshot (events replayed
/// per second, and the time to the first answer), and 1,000 entities recovering at once.
/// </summary>
internal static class RecoveryBenchmark
{
    private const int BigEntityEvents = 100_000;
    private const int ChunkEvents = 1000;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static async Task RunAsync(BenchContext context, BenchStore store)
    {
        await using var persistence = await BenchPersistence.CreateAsync(store);
        for (var chunk = 0; chunk < BigEntityEvents / ChunkEvents; chunk++)
            await persistence.Journal.WriteAsync("big", chunk * ChunkEvents, [.. Enumerable.Range(0, ChunkEvents).Select(i => (object)BenchContracts.Event(i))]);
        await using var system = ActorSystem.Create("bench-recovery");

        await RecoverAsync(system, persistence, "big", "warm-up");
        var rounds = context.Size(1, 3);
        var times = new List<TimeSpan>();
        for (var round = 0; round < rounds; round++)
            times.Add(await RecoverAsync(system, persistence, "big", $"no-snapshot-{round}"));
        var withoutSnapshot = times.Order().ElementAt(rounds / 2);
        context.Report($"{store.Name}.recovery.100k-events.events-per-s", Math.Round(BigEntityEvents / withoutSnapshot.TotalSeconds), "events/s");
        context.Report($"{store.Name}.recovery.100k-events.no-snapshot", Math.Round(withoutSnapshot.TotalMilliseconds, 1), "ms");

        await persistence.Runtime.Snapshots.SaveAsync("big", BigEntityEvents, new BenchEntityState(0, BigEntityEvents));
        var withSnapshot = await RecoverAsync(system, persistence, "big", "snapshot");
        context.Report($"{store.Name}.recovery.100k-events.with-snapshot", Math.Round(withSnapshot.TotalMilliseconds, 1), "ms", Math.Round(withoutSnapshot.TotalMilliseconds, 1));

        var eventsEach = context.Size(20, 100);
        await RecoverManyAsync(system, persistence, "warm", eventsEach);
        var manyRate = await RecoverManyAsync(system, persistence, "many", eventsEach);
        context.Report($"{store.Name}.recovery.1000-entities.events-per-s", Math.Round(manyRate), "events/s");
    }

    /// <summary>
    /// Writes <paramref name="eventsEach"/> events for each of 1,000 entities, then starts them all at
    /// once and returns the events replayed per second until every one has answered.
    /// </summary>
    private static async Task<double> RecoverManyAsync(ActorSystem system, BenchPersistence persistence, string prefix, int eventsEach)
    {
        const int entities = 1000;
        for (var chunk = 0; chunk < entities; chunk += 100)
        {
            await Task.WhenAll(Enumerable.Range(chunk, 100).Select(e =>
                persistence.Journal.WriteAsync($"{prefix}-{e}", 0, [.. Enumerable.Range(0, eventsEach).Select(i => (object)BenchContracts.Event(i))])));
        }
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, entities).Select(e =>
            system.ActorOf(BenchEntity.PropsFor($"{prefix}-{e}", persistence.Runtime), $"{prefix}-{e}").Ask<State>(new GetState(), Timeout)));
        return entities * eventsEach / stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>Starts a new incarnation of <paramref name="id"/> and times it until it answers, i.e. until recovery completed.</summary>
    private static async Task<TimeSpan> RecoverAsync(ActorSystem system, BenchPersistence persistence, string id, string label)
    {
        var stopwatch = Stopwatch.StartNew();
        var entity = system.ActorOf(BenchEntity.PropsFor(id, persistence.Runtime), $"{id}-{label}");
        var state = await entity.Ask<State>(new GetState(), Timeout);
        var elapsed = stopwatch.Elapsed;
        await system.StopAsync(entity);
        if (state.SequenceNr != BigEntityEvents)
            throw new InvalidOperationException($"Recovery of '{id}' reached {state.SequenceNr}, not {BigEntityEvents}.");
        return elapsed;
    }
}
