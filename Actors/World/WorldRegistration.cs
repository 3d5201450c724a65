using System.Text.Json.Serialization;
using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Actors.World.Tasks;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Actors.World;

/// <summary>Registers what the running world persists beyond the object model's events and states.</summary>
public static class WorldRegistration
{
    /// <summary>
    /// Registers the object model (<see cref="WorldSerialization.RegisterObjectModel"/>) and the
    /// world's own persisted types (the id allocator's event, the task queue's events). Returns the registry for chaining.
    /// </summary>
    public static TypeManifestRegistry RegisterWorld(this TypeManifestRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry
            .RegisterObjectModel()
            .RegisterTasks()
            .Register(ObjectIdAllocated.Manifest, WorldActorsJsonContext.Default.ObjectIdAllocated);
    }
}

/// <summary>Source-generated JSON contracts of the world's own persisted types.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ObjectIdAllocated))]
internal sealed partial class WorldActorsJsonContext : JsonSerializerContext;
