using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Bench.Persistence;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting;
using ActorMoo.Scripting.Engine;

namespace ActorMoo.Bench.World;

/// <summary>
/// A running world over one fresh database of a <see cref="BenchStore"/>: object actors in a shard
/// region, the task runner and the verb executor, exactly as the server wires them (no test doubles
/// except a sink that drops the released output). Torn down as one.
/// </summary>
internal sealed class BenchWorld : IAsyncDisposable
{
    /// <summary>Idle passivation off, so that a slow run on a loaded machine never measures re-activation.</summary>
    private static readonly ShardingSettings Sharding = new() { ShardCount = 100, PassivationIdleTimeout = TimeSpan.Zero };

    private readonly ActorSystem _system;
    private readonly BenchPersistence _persistence;
    private readonly ScriptEngine _engine;

    private BenchWorld(ActorSystem system, BenchPersistence persistence, ScriptEngine engine, WorldTasks tasks)
    {
        _system = system;
        _persistence = persistence;
        _engine = engine;
        Tasks = tasks;
        Verbs = new VerbExecutor(tasks, engine);
    }

    /// <summary>Runs C# bodies as tasks (used to seed the world).</summary>
    public WorldTasks Tasks { get; }

    /// <summary>Runs verbs as tasks: what is measured.</summary>
    public VerbExecutor Verbs { get; }

    /// <summary>A world on a fresh database of <paramref name="store"/> with <paramref name="settings"/>.</summary>
    public static async Task<BenchWorld> StartAsync(BenchStore store, ScriptingSettings scripting, WorldSettings? settings = null)
    {
        var serializer = new PersistenceSerializer(new TypeManifestRegistry().RegisterWorld());
        var persistence = await BenchPersistence.CreateAsync(store, serializer: serializer);
        var system = ActorSystem.Create("bench-world");
        var objects = WorldObjects.Start(system, persistence.Runtime, settings ?? new WorldSettings(), Sharding);
        var tasks = new WorldTasks(objects, persistence.Journal, DiscardingSink.Instance);
        return new BenchWorld(system, persistence, VerbExecutor.CreateEngine(scripting), tasks);
    }

    public async ValueTask DisposeAsync()
    {
        await _system.DisposeAsync();
        _engine.Dispose();
        await _persistence.DisposeAsync();
    }

    /// <summary>Output of committed tasks goes nowhere: no sessions are connected in a benchmark.</summary>
    private sealed class DiscardingSink : ITaskEffectSink
    {
        public static readonly DiscardingSink Instance = new();

        public void Release(long taskId, IReadOnlyList<TaskEffect> effects)
        {
        }
    }
}
