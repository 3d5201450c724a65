using ActorMoo.Runtime.Core;

namespace ActorMoo.Runtime.Sharding;

/// <summary>
/// Everything a region and its shards know about the entity type they host, fixed when the
/// region starts. One instance is shared by the region and all its shards (it is immutable).
/// </summary>
/// <param name="TypeName">The entity type, unique per actor system (e.g. "objects").</param>
/// <param name="EntityProps">Props of the entity with a given id; called for every incarnation.</param>
/// <param name="Extractor">Entity id, entity message and shard of a message.</param>
/// <param name="Settings">Validated settings.</param>
/// <param name="StopMessage">What an entity receives when the shard passivates or hands it off.</param>
/// <param name="Store">Where started entities are remembered, or null when they are not.</param>
/// <param name="EntitySupervisorStrategy">How a shard treats its failing entities.</param>
internal sealed record EntityType(
    string TypeName,
    Func<string, Props> EntityProps,
    IMessageExtractor Extractor,
    ShardingSettings Settings,
    object StopMessage,
    IRememberEntitiesStore? Store,
    SupervisorStrategy EntitySupervisorStrategy);
