using System.Diagnostics;
using System.Runtime.CompilerServices;
using ActorMoo.Runtime.Core;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Runtime.Sharding;

/// <summary>
/// The sharding extension of an actor system: starts one shard region per entity type and finds
/// it again by type name. Get it with <see cref="Get"/>. Regions live under <c>/system</c> and are
/// shut down gracefully (entities stopped with their stop message) in the coordinated shutdown's
/// <see cref="ShutdownPhase.ShardingShutdownRegion"/> phase.
/// </summary>
/// <example>
/// <code>
/// var sharding = ClusterSharding.Get(system);
/// var settings = new ShardingSettings { ShardCount = 100, PassivationIdleTimeout = TimeSpan.FromMinutes(5) };
/// var rooms = sharding.Start("rooms", id => Props.Create(() => new Room(id)), new ShardingEnvelopeExtractor(settings.ShardCount), settings);
/// rooms.Tell(new ShardingEnvelope("#42", new Look()), player);
/// </code>
/// </example>
public sealed partial class ClusterSharding
{
    private static readonly ConditionalWeakTable<ActorSystem, ClusterSharding> Instances = [];

    /// <summary>How long <see cref="Start"/> waits for the name of a region that has just stopped to be released.</summary>
    private static readonly TimeSpan NameReleaseWait = TimeSpan.FromSeconds(5);

    private readonly ActorSystem _system;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();

    /// <summary>Regions by type name, with a task that completes when the region has stopped. Guarded by <see cref="_gate"/>.</summary>
    private readonly Dictionary<string, (IActorRef Region, Task Stopped)> _regions = new(StringComparer.Ordinal);

    private ClusterSharding(ActorSystem system)
    {
        _system = system;
        _logger = system.LoggerFactory.CreateLogger<ClusterSharding>();
        system.CoordinatedShutdown.AddTask(ShutdownPhase.ShardingShutdownRegion, "sharding: stop regions gracefully", ShutdownRegionsAsync);
    }

    /// <summary>The sharding extension of <paramref name="system"/>, created on first use.</summary>
    /// <exception cref="InvalidOperationException">First use while the system is shutting down.</exception>
    public static ClusterSharding Get(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return Instances.GetValue(system, static s => new ClusterSharding(s));
    }

    /// <summary>The type names of the regions started so far (running or stopping).</summary>
    public IReadOnlyCollection<string> TypeNames
    {
        get
        {
            lock (_gate) return _regions.Keys.ToArray();
        }
    }

    /// <summary>
    /// Starts the shard region of entity type <paramref name="typeName"/>, or returns it if it is
    /// already running. Thread-safe.
    /// </summary>
    /// <param name="typeName">The entity type, unique in the system (e.g. "objects").</param>
    /// <param name="entityProps">Props of the entity with a given id, called for every incarnation (from several
    /// shards at once, so it must be thread-safe). Returning
    /// one shared Props (entities read their id with <see cref="Sharding.ShardRegion.EntityIdOf"/>) saves memory per entity.</param>
    /// <param name="extractor">Entity id, entity message and shard of each message.</param>
    /// <param name="settings">The region's settings (validated here).</param>
    /// <param name="stopMessage">What an entity receives when it is passivated for idleness or the limit, or
    /// handed off; it must make the entity stop. Default <see cref="PoisonPill"/>.</param>
    /// <param name="rememberEntities">Where started entities are remembered so that they come back when the
    /// region starts again; null (the default) remembers nothing.</param>
    /// <param name="entitySupervisorStrategy">How failing entities are treated; default
    /// <see cref="SupervisorStrategy.Default"/> (restart, keeping the entity's mailbox).</param>
    /// <returns>The region's reference: send entity messages and <see cref="Sharding.ShardRegion"/> messages to it.</returns>
    /// <exception cref="ArgumentException">An argument or setting is invalid, or the extractor's shard count
    /// differs from the settings'.</exception>
    /// <exception cref="InvalidOperationException">The system is shutting down.</exception>
    public IActorRef Start(
        string typeName,
        Func<string, Props> entityProps,
        IMessageExtractor extractor,
        ShardingSettings settings,
        object? stopMessage = null,
        IRememberEntitiesStore? rememberEntities = null,
        SupervisorStrategy? entitySupervisorStrategy = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(entityProps);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        if (extractor is HashCodeMessageExtractor hashing && hashing.ShardCount != settings.ShardCount)
            throw new ArgumentException($"The extractor spreads entities over {hashing.ShardCount} shards but the settings say {settings.ShardCount}; they must agree.", nameof(extractor));

        var type = new EntityType(typeName, entityProps, extractor, settings, stopMessage ?? PoisonPill.Instance,
            rememberEntities, entitySupervisorStrategy ?? SupervisorStrategy.Default);
        lock (_gate)
        {
            if (_regions.TryGetValue(typeName, out var existing) && !existing.Stopped.IsCompleted) return existing.Region;
            var region = CreateRegion(type);
            _regions[typeName] = (region, _system.WhenStopped(region));
            LogRegionStarted(_logger, typeName, settings.ShardCount, settings.PassivationIdleTimeout, settings.MaxActiveEntities, rememberEntities is not null);
            return region;
        }
    }

    /// <summary>The region of <paramref name="typeName"/> (possibly stopped: messages to it are then dead letters).</summary>
    /// <exception cref="KeyNotFoundException">No region of that type was started.</exception>
    public IActorRef ShardRegion(string typeName) =>
        TryGetShardRegion(typeName, out var region)
            ? region
            : throw new KeyNotFoundException($"No shard region for entity type '{typeName}' has been started; call Start first.");

    /// <summary>Finds the region of <paramref name="typeName"/>.</summary>
    public bool TryGetShardRegion(string typeName, out IActorRef region)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        lock (_gate)
        {
            var found = _regions.TryGetValue(typeName, out var entry);
            region = entry.Region!;
            return found;
        }
    }

    /// <summary>Creates the region actor. A region of the same type that stopped a moment ago may still hold
    /// the name for the few microseconds until its parent has processed its stop; wait for that.</summary>
    private IActorRef CreateRegion(EntityType type)
    {
        var name = "sharding-" + EntityName.Encode(type.TypeName);
        var waiting = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return _system.SystemActorOf(ShardRegionActor.PropsFor(type), name);
            }
            catch (InvalidActorNameException) when (waiting.Elapsed < NameReleaseWait)
            {
                Thread.Sleep(1);
            }
        }
    }

    /// <summary>Shutdown task: every region hands its shards off and stops.</summary>
    private async Task ShutdownRegionsAsync(CancellationToken cancellationToken)
    {
        IActorRef[] regions;
        lock (_gate) regions = _regions.Values.Where(r => !r.Stopped.IsCompleted).Select(r => r.Region).ToArray();
        var stopped = regions.Select(_system.WhenStopped).ToArray();
        foreach (var region in regions) region.Tell(Sharding.ShardRegion.GracefulShutdown.Instance);
        await Task.WhenAll(stopped).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sharding {TypeName}: region started ({ShardCount} shards, idle timeout {IdleTimeout}, max active {MaxActive}, remember entities {Remember})")]
    private static partial void LogRegionStarted(ILogger logger, string typeName, int shardCount, TimeSpan idleTimeout, int maxActive, bool remember);
}
