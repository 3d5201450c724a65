using System.Diagnostics;
using ActorMoo.Bench.Harness;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Bench.Persistence;

/// <summary>
/// Events per second appended by 1,000 concurrent persistent actors, each persisting one event per
/// write and awaiting it, with group commit; against the same actors with group commit switched off
/// (<see cref="JournalOptions.MaxBatchWrites"/> = 1: one INSERT per transaction).
/// </summary>
internal static class AppendBenchmark
{
    private const int Actors = 1000;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static async Task RunAsync(BenchContext context, BenchStore store)
    {
        // Alternating rounds, medians reported: on a shared machine the load drifts, and alternating
        // gives both sides the same conditions.
        var grouped = new List<(double Rate, double MeanBatch)>();
        var baseline = new List<double>();
        for (var round = 0; round < context.Size(1, 3); round++)
        {
            grouped.Add(await MeasureAsync(store, new JournalOptions(), context.Size(20, 100), $"grouped-{round}"));
            baseline.Add((await MeasureAsync(store, new JournalOptions { MaxBatchWrites = 1 }, context.Size(1, 3), $"one-per-transaction-{round}")).Rate);
        }
        var median = grouped.OrderBy(g => g.Rate).ElementAt(grouped.Count / 2);
        context.Report($"{store.Name}.append.1000-actors.events-per-s", Math.Round(median.Rate), "events/s", Math.Round(baseline.Order().ElementAt(baseline.Count / 2)));
        context.Report($"{store.Name}.append.1000-actors.writes-per-batch", Math.Round(median.MeanBatch, 1), "writes/batch");
    }

    private static async Task<(double Rate, double MeanBatch)> MeasureAsync(BenchStore store, JournalOptions options, int eventsPerActor, string label)
    {
        await using var persistence = await BenchPersistence.CreateAsync(store, options);
        await using var system = ActorSystem.Create($"bench-append-{label}");
        var entities = Enumerable.Range(0, Actors)
            .Select(i => system.ActorOf(BenchEntity.PropsFor($"object-{i}", persistence.Runtime), $"object-{i}"))
            .ToList();
        // Recovery of every actor (empty journal) and a first write each, so JIT and pools are warm.
        await Task.WhenAll(entities.Select(e => e.Ask<State>(new Append(1), Timeout)));
        var before = persistence.Journal.Statistics;

        var stopwatch = Stopwatch.StartNew();
        var states = await Task.WhenAll(entities.Select(e => e.Ask<State>(new Append(eventsPerActor), Timeout)));
        var elapsed = stopwatch.Elapsed;

        if (states.Any(s => s.SequenceNr != eventsPerActor + 1))
            throw new InvalidOperationException("An entity lost or duplicated events during the benchmark.");
        var after = persistence.Journal.Statistics;
        var batches = after.BatchesCommitted - before.BatchesCommitted;
        var writes = after.WritesAccepted - before.WritesAccepted;
        return ((double)Actors * eventsPerActor / elapsed.TotalSeconds, batches == 0 ? 0 : (double)writes / batches);
    }
}
