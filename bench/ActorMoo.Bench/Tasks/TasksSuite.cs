using System.Diagnostics;
using ActorMoo.Actors.Model;
using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Actors.World.Tasks;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Bench.Harness;
using ActorMoo.Bench.Persistence;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting;
using ActorMoo.Scripting.Budgets;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Bench.Tasks;

/// <summary>
/// Suite <c>tasks</c>, on SQLite: what task control costs. (1) <c>suspend(0)</c> round trips of one
/// task per second (commit, timer, new transaction on the kept Lua run), against plain verb calls
/// of one caller per second. (2) Bringing a task back by replay: a task that made N world calls
/// before it waits in <c>read()</c>, recovered by a new queue and given a line, per logged call,
/// against the live run's cost per call.
/// </summary>
public sealed class TasksSuite : IBenchSuite
{
    private static readonly ShardingSettings Sharding = new() { ShardCount = 10, PassivationIdleTimeout = TimeSpan.Zero };

    /// <inheritdoc />
    public string Name => "tasks";

    /// <inheritdoc />
    public async Task RunAsync(BenchContext context)
    {
        await using var store = BenchStore.Available()[0];
        var persistence = await BenchPersistence.CreateAsync(store, serializer: new PersistenceSerializer(new TypeManifestRegistry().RegisterWorld()));
        var system = ActorSystem.Create("bench-tasks");
        // Budgets far above the defaults: a task of 10,000 world calls would exceed the default steps.
        var budget = new ScriptBudget(1_000_000_000, 64L * 1024 * 1024, TimeSpan.FromMinutes(1));
        using var engine = VerbExecutor.CreateEngine(new ScriptingSettings { Foreground = budget, Background = budget });
        var sink = new SignallingSink();
        try
        {
            var objects = WorldObjects.Start(system, persistence.Runtime, new WorldSettings(), Sharding);
            var ids = TaskIdSource.Start(system, persistence.Runtime);
            var tasks = new WorldTasks(objects, persistence.Journal, sink, taskIds: ids.NextAsync);
            var desk = await SeedAsync(tasks);
            var rounds = context.Size(200, 2000);
            await using (var queue = new TaskQueue(tasks, engine, store: new TaskStore(persistence.Journal)))
            {
                var verbs = new VerbExecutor(tasks, engine, queue: queue);
                var calls = await TimeAsync(async () =>
                {
                    for (var i = 0; i < rounds; i++)
                        Committed(await verbs.CallAsync(desk, desk, "noop", []));
                });
                var trips = await TimeAsync(async () =>
                {
                    Committed(await verbs.CallAsync(desk, desk, "trips", [rounds]));
                    await sink.WaitForAsync("trips done");
                });
                context.Report("suspend0.round-trips-per-s", Math.Round(rounds / trips.TotalSeconds), "trips/s", Math.Round(rounds / calls.TotalSeconds));

                var reads = context.Size(2000, 10000);
                var live = await TimeAsync(async () => Committed(await verbs.CallAsync(desk, desk, "reads", [reads])));
                context.Report("live.us-per-logged-call", Math.Round(live.TotalMicroseconds / reads, 2), "us");
                var recovered = new TaskQueue(tasks, engine, store: new TaskStore(persistence.Journal));
                await using (recovered)
                {
                    await queue.DisposeAsync();
                    await recovered.RecoverAsync();
                    var replay = await TimeAsync(async () =>
                    {
                        if (!recovered.TryDeliverInput(desk, "go"))
                            throw new InvalidOperationException("The reading task did not come back.");
                        await sink.WaitForAsync("reads done");
                    });
                    context.Report("replay.us-per-logged-call", Math.Round(replay.TotalMicroseconds / reads, 2), "us", Math.Round(live.TotalMicroseconds / reads, 2));
                }
            }
        }
        finally
        {
            await system.DisposeAsync();
            await persistence.DisposeAsync();
        }
    }

    private static void Committed(TaskOutcome<MooValue> outcome)
    {
        if (!outcome.IsCommitted)
            throw new InvalidOperationException($"A measured task did not commit: {outcome.Message}");
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return clock.Elapsed;
    }

    /// <summary>A wizard player that carries the measured verbs itself.</summary>
    private static async Task<ObjectId> SeedAsync(WorldTasks tasks)
    {
        var outcome = await tasks.RunAsync(async (tx, ct) =>
        {
            var id = await tx.AllocateIdAsync(ct);
            var verbs = new (string Name, string Code)[]
            {
                ("noop", "return 1"),
                ("trips", "for i = 1, args[1] do suspend(0) end\nnotify(player, 'trips done')"),
                ("reads", "local s = 0\nfor i = 1, args[1] do s = s + this.counter end\nread()\nnotify(player, 'reads done')"),
            };
            await tx.ApplyAsync([
                .. Creation.Plan(id, "bench wizard", id, []),
                new ObjectChange(id, new FlagsChanged(ObjectFlags.Player | ObjectFlags.Programmer | ObjectFlags.Wizard)),
                new ObjectChange(id, new PropertyAdded(new PropertyDefinition("counter", 1L, id, PropertyPermissions.Read))),
                .. verbs.Select((v, i) => new ObjectChange(id, new VerbAdded(new VerbDefinition(i, v.Name, id, VerbPermissions.Read | VerbPermissions.Execute, VerbArgSpec.ThisNoneThis, v.Code, 1)))),
            ], ct);
            return id;
        });
        return outcome.IsCommitted ? outcome.Value : throw new InvalidOperationException($"Seeding failed: {outcome.Message}");
    }

    /// <summary>Lets the benchmark wait for a line a background task sends.</summary>
    private sealed class SignallingSink : ITaskEffectSink
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<string, TaskCompletionSource> _waits = [];

        public Task WaitForAsync(string text) => Wait(text).Task.WaitAsync(TimeSpan.FromMinutes(5));

        public void Release(long taskId, IReadOnlyList<TaskEffect> effects)
        {
            foreach (var effect in effects.OfType<NotifyEffect>())
                Wait(effect.Text).TrySetResult();
        }

        private TaskCompletionSource Wait(string text)
        {
            lock (_gate)
            {
                if (!_waits.TryGetValue(text, out var wait))
                    _waits[text] = wait = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                return wait;
            }
        }
    }
}
