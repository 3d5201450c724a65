using ActorMoo.Actors.World.Verbs;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Bench.Harness;

namespace ActorMoo.Bench.World;

/// <summary>
/// The same verbs on distinct items whose verbs and properties come from ONE shared parent owned by
/// one wizard (LambdaCore's shape: every thing inherits from <c>$thing</c>). The tasks still change
/// distinct objects, but each one reads the parent and the verb owner. A writing task reserves only
/// what it writes and validates what it only read, so a shared ancestor should cost writers little;
/// this shows how little. Reported against the distinct-objects figure of the same verb (same run).
/// </summary>
internal static class SharedParentBenchmark
{
    public static async Task RunAsync(BenchContext context, string store, WorldTasks tasks, VerbExecutor verbs,
        int workers, TimeSpan warmUp, TimeSpan duration, IReadOnlyDictionary<string, double> distinctRates)
    {
        var generic = await BenchDesk.CreateGenericAsync(tasks);
        var desks = await BenchDesk.CreateManyAsync(tasks, workers, generic);
        foreach (var (verb, _) in WorldVerbs.All)
        {
            var call = (int w) => verbs.CallAsync(desks[w].Player, desks[w].Item, verb, desks[w].Rooms);
            await TaskLoad.RunAsync(workers, warmUp, call);
            var figures = await TaskLoad.RunAsync(workers, duration, call);
            var prefix = $"{store}.shared-parent.{verb}.{workers}-in-flight";
            context.Report($"{prefix}.committed-tasks-per-s", Math.Round(figures.CommittedPerSecond), "tasks/s", Math.Round(distinctRates[verb]));
            context.Report($"{prefix}.retries-per-task", Math.Round(figures.RetriesPerTask, 3), "retries/task");
            context.Report($"{prefix}.not-committed", figures.NotCommitted, "tasks");
            context.Report($"{prefix}.p99", Math.Round(figures.P99Ms, 2), "ms");
        }
    }
}
