using ActorMoo.Actors.Model;
using ActorMoo.Actors.Tests.World.Verbs;
using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Actors.World.Tasks;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Runtime.Core;
using ActorMoo.Scripting;
using ActorMoo.Scripting.Budgets;
using ActorMoo.Scripting.Engine;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Tasks;

/// <summary>
/// A world whose tasks run through a persistent <see cref="TaskQueue"/> on the test's manual clock,
/// with exact step counting and the same budget for foreground and background runs, and a way to
/// restart the world (a new actor system over the same journal) and recover its waiting tasks.
/// </summary>
public abstract class TaskTestKit : VerbTestKit
{
    /// <summary>How long to wait for a background transaction on a loaded machine.</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    protected static readonly ScriptBudget Budget = new(1_000_000, 32L * 1024 * 1024, TimeSpan.FromMinutes(5));

    private static readonly WorldSettings Settings = new() { MaxAttempts = 50 };

    private readonly TimeSpan? _keepRunsUpTo;
    private readonly List<ActorSystem> _restarted = [];

    protected TaskTestKit(TimeSpan? keepRunsUpTo = null)
        : base(Settings)
    {
        _keepRunsUpTo = keepRunsUpTo;
        TaskEngine = VerbExecutor.CreateEngine(new ScriptingSettings { StepCounting = StepCounting.Exact, Foreground = Budget, Background = Budget });
        World = StartWorld(Sys, Objects);
    }

    protected ScriptEngine TaskEngine { get; }

    /// <summary>The running world (replaced by <see cref="RestartAsync"/>).</summary>
    protected TaskWorld World { get; private set; }

    protected TaskQueue Queue => World.Queue;

    public override async Task DisposeAsync()
    {
        await World.Queue.DisposeAsync();
        foreach (var system in _restarted)
            await system.TerminateAsync();
        TaskEngine.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>Stops the world's queue and starts a new world over the same journal, recovering the waiting tasks.</summary>
    protected async Task<int> RestartAsync()
    {
        await World.Queue.DisposeAsync();
        var system = ActorSystem.Create($"restarted-{_restarted.Count}", new ActorSystemOptions { TimeProvider = Clock });
        _restarted.Add(system);
        World = StartWorld(system, WorldObjects.Start(system, Persistence.Runtime, Settings, Sharding));
        return await World.Queue.RecoverAsync();
    }

    /// <summary>Runs a verb as <paramref name="player"/>'s task through the queue; its first transaction must commit.</summary>
    protected async Task<MooValue> RunAsync(ObjectId player, ObjectId target, string verb, params MooValue[] args)
    {
        var outcome = await World.Executor.CallAsync(player, target, verb, args);
        Assert.True(outcome.IsCommitted, $"{target}:{verb} did not commit: {outcome.Status} {outcome.Message}");
        return outcome.Value;
    }

    /// <summary>Runs a verb whose task must fail; returns the message.</summary>
    protected async Task<string> RunFailingAsync(ObjectId player, ObjectId target, string verb, params MooValue[] args)
    {
        var outcome = await World.Executor.CallAsync(player, target, verb, args);
        Assert.Equal(WorldTaskStatus.Failed, outcome.Status);
        return outcome.Message!;
    }

    /// <summary>The committed value of a property defined on <paramref name="on"/>, as the current world holds it.</summary>
    protected async Task<MooValue> PropertyAsync(ObjectId on, string name) =>
        (await World.Objects.ReadAsync(on)).State!.FindDefinedProperty(name)!.Value;

    /// <summary>Waits until <paramref name="player"/> has been told <paramref name="text"/>.</summary>
    protected Task ExpectTextAsync(ObjectId player, string text) =>
        AwaitAssertAsync(() => Assert.Contains(text, Sink.TextFor(player)), Patience);

    /// <summary>Waits until the property has the value.</summary>
    protected Task ExpectPropertyAsync(ObjectId on, string name, MooValue value) =>
        AwaitAssertAsync(async () => Assert.Equal(value, await PropertyAsync(on, name)), Patience);

    /// <summary>Defines properties on <paramref name="on"/>, owned by the wizard and writable.</summary>
    protected async Task AddPropertiesAsync(ObjectId on, params (string Name, MooValue Value)[] properties)
    {
        foreach (var (name, value) in properties)
            await AddPropertyAsync(on, name, value, Wizard, PropertyPermissions.Read | PropertyPermissions.Write);
    }

    private TaskWorld StartWorld(ActorSystem system, WorldObjects objects)
    {
        var ids = TaskIdSource.Start(system, Persistence.Runtime);
        var tasks = new WorldTasks(objects, Persistence.Journal, Sink, taskIds: ids.NextAsync);
        var queue = new TaskQueue(tasks, TaskEngine, store: new TaskStore(Persistence.Journal), time: Clock, keepRunsUpTo: _keepRunsUpTo);
        return new TaskWorld(objects, queue, new VerbExecutor(tasks, TaskEngine, queue: queue));
    }

    /// <summary>One incarnation of the world.</summary>
    protected sealed record TaskWorld(WorldObjects Objects, TaskQueue Queue, VerbExecutor Executor);
}
