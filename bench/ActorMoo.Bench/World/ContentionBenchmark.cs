using ActorMoo.Actors.World.Verbs;
using ActorMoo.Bench.Harness;

namespace ActorMoo.Bench.World;

/// <summary>
/// Fifty tasks fight over one item: in each round, 50 concurrent <c>carry</c> calls on the same
/// item (so the same three objects), as when a crowd grabs one thing. Reports how often an attempt
/// is re-run, how many tasks exhaust <c>MaxAttempts</c>, and the committed rate under the fight.
/// </summary>
internal static class ContentionBenchmark
{
    /// <summary>How many tasks fight at once (the figure).</summary>
    public const int Fighters = 50;

    public static async Task RunAsync(BenchContext context, string store, VerbExecutor verbs, BenchDesk desk, double baseline)
    {
        var rounds = context.Size(4, 30);
        long tasks = 0, committed = 0, attempts = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            var outcomes = await Task.WhenAll(Enumerable.Range(0, Fighters)
                .Select(_ => Task.Run(() => verbs.CallAsync(desk.Player, desk.Item, "carry", desk.Rooms))));
            tasks += outcomes.Length;
            committed += outcomes.Count(o => o.IsCommitted);
            attempts += outcomes.Sum(o => (long)o.Attempts);
        }
        var elapsed = clock.Elapsed;

        var prefix = $"{store}.contention.{Fighters}-on-one-item";
        context.Report($"{prefix}.committed-tasks-per-s", Math.Round(committed / elapsed.TotalSeconds), "tasks/s", Math.Round(baseline));
        context.Report($"{prefix}.retries-per-task", Math.Round((double)(attempts - tasks) / tasks, 2), "retries/task");
        context.Report($"{prefix}.conflicting-attempts", Math.Round(100.0 * (attempts - committed) / attempts, 1), "% of attempts");
        context.Report($"{prefix}.gave-up", Math.Round(100.0 * (tasks - committed) / tasks, 1), "% of tasks");
    }
}
