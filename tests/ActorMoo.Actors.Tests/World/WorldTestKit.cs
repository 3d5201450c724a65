using System.Collections.Concurrent;
using ActorMoo.Actors.Model;
using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting.Values;
using ActorMoo.TestKit;
using ActorMoo.TestKit.Persistence;

namespace ActorMoo.Actors.Tests.World;

/// <summary>
/// A running world in one test: object actors in a shard region over the in-memory journal, a task
/// runner and a sink that records released effects. Seeds objects through real tasks, so every
/// test world is one the committed event path can produce.
/// </summary>
public abstract class WorldTestKit : ActorTestKit
{
    protected static readonly ShardingSettings Sharding = new() { ShardCount = 10, PassivationIdleTimeout = TimeSpan.FromMinutes(2) };

    protected WorldTestKit(WorldSettings? settings = null)
    {
        Persistence = new InMemoryPersistence(new PersistenceSerializer(new TypeManifestRegistry().RegisterWorld()));
        Objects = WorldObjects.Start(Sys, Persistence.Runtime, settings ?? new WorldSettings(), Sharding);
        Tasks = new WorldTasks(Objects, Persistence.Journal, Sink);
    }

    protected InMemoryPersistence Persistence { get; }

    protected WorldObjects Objects { get; }

    protected WorldTasks Tasks { get; }

    protected RecordingSink Sink { get; } = new();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Persistence.DisposeAsync();
    }

    /// <summary>Runs a task that must commit, returning its value.</summary>
    protected async Task<T> CommitAsync<T>(Func<WorldTransaction, ValueTask<T>> body)
    {
        var outcome = await Tasks.RunAsync((tx, _) => body(tx));
        Assert.True(outcome.IsCommitted, $"task did not commit: {outcome.Status} {outcome.Message}");
        return outcome.Value!;
    }

    /// <summary>Runs a task that must commit.</summary>
    protected Task CommitAsync(Func<WorldTransaction, ValueTask> body) =>
        CommitAsync<bool>(async tx => { await body(tx); return true; });

    /// <summary>Creates an object (its own owner unless given) with the parents given.</summary>
    protected Task<ObjectId> CreateAsync(string name, ObjectId? owner = null, params ObjectId[] parents) =>
        CommitAsync(async tx =>
        {
            var id = await tx.AllocateIdAsync();
            await tx.ApplyAsync(Creation.Plan(id, name, owner ?? id, [.. parents]));
            return id;
        });

    /// <summary>Applies one event to one object in its own task.</summary>
    protected Task ApplyAsync(ObjectId target, ObjectEvent e) =>
        CommitAsync(tx => tx.ApplyAsync([new ObjectChange(target, e)]));

    /// <summary>Moves an object in its own task.</summary>
    protected Task MoveAsync(ObjectId item, ObjectId destination) =>
        CommitAsync(async tx => await tx.ApplyAsync(Movement.Plan((await tx.FindAsync(item))!, destination)));

    /// <summary>The committed state of an object, as its actor holds it.</summary>
    protected async Task<ObjectState> CommittedAsync(ObjectId id) =>
        (await Objects.ReadAsync(id)).State ?? throw new KeyNotFoundException($"{id} does not exist");

    /// <summary>Records every released effect.</summary>
    protected sealed class RecordingSink : ITaskEffectSink
    {
        public ConcurrentQueue<TaskEffect> Released { get; } = new();

        public IEnumerable<string> TextFor(ObjectId player) =>
            Released.OfType<NotifyEffect>().Where(n => n.Player == player).Select(n => n.Text);

        public void Release(long taskId, IReadOnlyList<TaskEffect> effects)
        {
            foreach (var effect in effects)
                Released.Enqueue(effect);
        }
    }
}
