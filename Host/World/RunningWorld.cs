using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting.Engine;

namespace ActorMoo.Host.World;

/// <summary>
/// The world of a running node, built in one place (<see cref="Start"/>): the object region and id
/// allocator, the task runner, the Lua engine with the verb API, and the verb executor. Whatever
/// else the node runs on top of the world (sessions, the starter core loader, the scheduler) takes
/// these from here or from the container.
/// </summary>
public sealed class RunningWorld
{
    private RunningWorld(WorldObjects objects, WorldTasks tasks, ScriptEngine engine, VerbExecutor verbs)
    {
        Objects = objects;
        Tasks = tasks;
        Engine = engine;
        Verbs = verbs;
    }

    /// <summary>The object actors (shard region <c>objects</c>) and the id allocator.</summary>
    public WorldObjects Objects { get; }

    /// <summary>Runs atomic tasks, releasing committed effects to the node's <see cref="ITaskEffectSink"/>.</summary>
    public WorldTasks Tasks { get; }

    /// <summary>The Lua engine with the world's host tables and prelude.</summary>
    public ScriptEngine Engine { get; }

    /// <summary>Runs verbs and typed commands as tasks.</summary>
    public VerbExecutor Verbs { get; }

    /// <summary>What <see cref="Start"/> needs from the node.</summary>
    /// <param name="System">The node's actor system (started).</param>
    /// <param name="Persistence">The open journal and snapshot store.</param>
    /// <param name="Settings">The world's settings (validated again by <see cref="WorldObjects.Start"/>).</param>
    /// <param name="Sharding">How the object region shards and passivates.</param>
    /// <param name="Engine">The Lua engine, made with <see cref="VerbExecutor.CreateEngine"/> (or with more host tables); its owner disposes it.</param>
    /// <param name="Effects">Where committed effects go.</param>
    /// <param name="Services">The player directories and clock verbs use.</param>
    /// <param name="LoggerFactory">Where the world logs.</param>
    public sealed record Parts(
        ActorSystem System,
        PersistenceRuntime Persistence,
        WorldSettings Settings,
        ShardingSettings Sharding,
        ScriptEngine Engine,
        ITaskEffectSink Effects,
        VerbTaskServices Services,
        ILoggerFactory LoggerFactory);

    /// <summary>Starts the object region and builds the task runner and the executor over it.</summary>
    public static RunningWorld Start(Parts parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        WorldObjects objects = WorldObjects.Start(parts.System, parts.Persistence, parts.Settings, parts.Sharding);
        var tasks = new WorldTasks(objects, parts.Persistence.Journal, parts.Effects, parts.LoggerFactory.CreateLogger<WorldTasks>());
        return new RunningWorld(objects, tasks, parts.Engine, new VerbExecutor(tasks, parts.Engine, parts.Services));
    }
}
