using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Bench.Harness;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Bench.World;

/// <summary>
/// Where a verb task's time goes: the same load with layers taken away — a task with an empty body
/// (the task runner alone), a C# body that reads the two objects <c>look</c> reads (actors and
/// read validation, no Lua), and a C# body that makes <c>carry</c>'s move (prepare, journal write,
/// install, no Lua). Each is reported against the full verb figure it is part of (same run).
/// </summary>
internal static class CostBreakdown
{
    public static async Task RunAsync(BenchContext context, string store, WorldTasks tasks, IReadOnlyList<BenchDesk> desks,
        int workers, TimeSpan warmUp, TimeSpan duration, IReadOnlyDictionary<string, double> verbRates)
    {
        var bodies = new (string Name, string Verb, Func<BenchDesk, WorldTransaction, CancellationToken, ValueTask<MooValue>> Body)[]
        {
            ("empty-task", "look", static (_, _, _) => ValueTask.FromResult(MooValue.Nil)),
            ("read-2-objects-csharp", "look", static async (desk, tx, ct) =>
            {
                await tx.FindAsync(desk.Player, ct);
                return MooValue.String((await tx.FindAsync(desk.Item, ct))!.Name);
            }),
            ("move-csharp", "carry", static async (desk, tx, ct) =>
            {
                var item = (await tx.FindAsync(desk.Item, ct))!;
                var destination = item.Location == desk.RoomA ? desk.RoomB : desk.RoomA;
                await tx.ApplyAsync(Movement.Plan(item, destination), ct);
                return MooValue.Object(destination);
            }),
        };
        foreach (var (name, verb, body) in bodies)
        {
            var call = (int w) => tasks.RunAsync((tx, ct) => body(desks[w], tx, ct));
            await TaskLoad.RunAsync(workers, warmUp, call);
            var figures = await TaskLoad.RunAsync(workers, duration, call);
            var prefix = $"{store}.breakdown.{name}.{workers}-in-flight";
            context.Report($"{prefix}.committed-tasks-per-s", Math.Round(figures.CommittedPerSecond), "tasks/s", Math.Round(verbRates[verb]));
            context.Report($"{prefix}.cpu-per-task", Math.Round(figures.CpuMicrosPerTask, 1), "µs");
        }
    }
}
