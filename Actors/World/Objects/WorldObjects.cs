using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting.Values;
using static ActorMoo.Actors.World.Objects.ObjectProtocol;

namespace ActorMoo.Actors.World.Objects;

/// <summary>
/// The world's objects as the transaction layer sees them: the shard region of object actors and
/// the id allocator, with one typed method per protocol step. Thread-safe; one per world.
/// </summary>
public sealed class WorldObjects
{
    /// <summary>The entity type name of object actors in sharding.</summary>
    public const string EntityTypeName = "objects";

    private readonly IActorRef _region;
    private readonly IActorRef _allocator;

    private WorldObjects(IActorRef region, IActorRef allocator, WorldSettings settings)
    {
        _region = region;
        _allocator = allocator;
        Settings = settings;
    }

    /// <summary>The settings in force.</summary>
    public WorldSettings Settings { get; }

    /// <summary>
    /// Starts the object region (sharded, passivated per <paramref name="sharding"/>) and the id
    /// allocator in <paramref name="system"/>.
    /// </summary>
    public static WorldObjects Start(ActorSystem system, PersistenceRuntime persistence, WorldSettings settings, ShardingSettings sharding)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(persistence);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(sharding);
        settings.Validate();
        var props = ObjectActor.Props(persistence, settings);
        var region = ClusterSharding.Get(system).Start(EntityTypeName, _ => props, new ShardingEnvelopeExtractor(sharding.ShardCount), sharding);
        var allocator = system.ActorOf(ObjectIdAllocator.Props(persistence, settings.FirstObjectId), "object-ids");
        return new WorldObjects(region, allocator, settings);
    }

    /// <summary>The committed state of <paramref name="id"/>.</summary>
    public Task<ObjectRead> ReadAsync(ObjectId id, CancellationToken cancellationToken = default) =>
        _region.Ask<ObjectRead>(Envelope(id, Read.Instance), Settings.AskTimeout, cancellationToken);

    /// <summary>
    /// Reserves <paramref name="id"/> for a task: <see cref="Prepared"/> or <see cref="PrepareRefused"/>;
    /// see <see cref="Prepare"/> for <paramref name="scope"/> and <paramref name="membershipOnly"/>.
    /// </summary>
    public Task<object> PrepareAsync(ObjectId id, long taskId, long expectedVersion, VersionScope scope = VersionScope.Whole, bool membershipOnly = false,
        CancellationToken cancellationToken = default) =>
        _region.Ask<object>(Envelope(id, new Prepare(taskId, expectedVersion, scope, membershipOnly)), Settings.AskTimeout, cancellationToken);

    /// <summary>Checks, without reserving, that <paramref name="id"/> is unchanged and unheld: <see cref="Validated"/> or <see cref="ValidationFailed"/>.</summary>
    public Task<object> ValidateAsync(ObjectId id, long taskId, long expectedVersion, VersionScope scope = VersionScope.Whole,
        CancellationToken cancellationToken = default) =>
        _region.Ask<object>(Envelope(id, new Validate(taskId, expectedVersion, scope)), Settings.AskTimeout, cancellationToken);

    /// <summary>Installs durable events on <paramref name="id"/> and ends the task's reservation.</summary>
    public Task<Installed> InstallAsync(ObjectId id, long taskId, PersistedEvents events, CancellationToken cancellationToken = default) =>
        _region.Ask<Installed>(Envelope(id, new Install(taskId, events)), Settings.AskTimeout, cancellationToken);

    /// <summary>Ends the task's reservation of <paramref name="id"/>; with <paramref name="reload"/> the object reloads from the journal.</summary>
    public Task<Released> ReleaseAsync(ObjectId id, long taskId, bool reload = false, CancellationToken cancellationToken = default) =>
        _region.Ask<Released>(Envelope(id, new Release(taskId, reload)), Settings.AskTimeout, cancellationToken);

    /// <summary>Completes when no task holds <paramref name="id"/>; call it only while holding no reservation.</summary>
    public Task<Free> AwaitFreeAsync(ObjectId id, CancellationToken cancellationToken = default) =>
        _region.Ask<Free>(Envelope(id, AwaitFree.Instance), Settings.AskTimeout, cancellationToken);

    /// <summary>Completes when it is <paramref name="taskId"/>'s turn on <paramref name="id"/> (see <see cref="TakeTurn"/>).</summary>
    public Task<Turn> TakeTurnAsync(ObjectId id, long taskId, CancellationToken cancellationToken = default) =>
        _region.Ask<Turn>(Envelope(id, new TakeTurn(taskId)), Settings.AskTimeout, cancellationToken);

    /// <summary>Ends <paramref name="taskId"/>'s turn on <paramref name="id"/>, or its place in the queue; does not wait.</summary>
    public void EndTurn(ObjectId id, long taskId) => _region.Tell(Envelope(id, new EndTurn(taskId)));

    /// <summary>A fresh object id that was never handed out before.</summary>
    public async Task<ObjectId> AllocateIdAsync(CancellationToken cancellationToken = default)
    {
        var reply = await _allocator.Ask<ObjectIdAllocator.Allocated>(ObjectIdAllocator.Allocate.Instance, Settings.AskTimeout, cancellationToken).ConfigureAwait(false);
        return reply.Id;
    }

    private static ShardingEnvelope Envelope(ObjectId id, object message) => new(id.ToString(), message);
}
