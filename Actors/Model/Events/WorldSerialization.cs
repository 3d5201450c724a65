using System.Text.Json;
using System.Text.Json.Serialization;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Actors.Model;

/// <summary>
/// Source-generated JSON contracts of the object model: every event, the polymorphic
/// <see cref="ObjectEvent"/> base and the <see cref="ObjectState"/> snapshot. Enums are written
/// as names and members in camelCase so that journal rows and exports stay readable.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ObjectState))]
[JsonSerializable(typeof(ObjectEvent))]
[JsonSerializable(typeof(ObjectCreated))]
[JsonSerializable(typeof(ObjectRecycled))]
[JsonSerializable(typeof(ObjectRenamed))]
[JsonSerializable(typeof(AliasesSet))]
[JsonSerializable(typeof(OwnerChanged))]
[JsonSerializable(typeof(FlagsChanged))]
[JsonSerializable(typeof(ParentsChanged))]
[JsonSerializable(typeof(ChildAdded))]
[JsonSerializable(typeof(ChildRemoved))]
[JsonSerializable(typeof(LocationChanged))]
[JsonSerializable(typeof(ContentAdded))]
[JsonSerializable(typeof(ContentRemoved))]
[JsonSerializable(typeof(PropertyAdded))]
[JsonSerializable(typeof(PropertyValueSet))]
[JsonSerializable(typeof(PropertyCleared))]
[JsonSerializable(typeof(PropertyInfoChanged))]
[JsonSerializable(typeof(PropertyOverrideRenamed))]
[JsonSerializable(typeof(PropertyDeleted))]
[JsonSerializable(typeof(VerbAdded))]
[JsonSerializable(typeof(VerbCodeSet))]
[JsonSerializable(typeof(VerbInfoChanged))]
[JsonSerializable(typeof(VerbArgsChanged))]
[JsonSerializable(typeof(VerbDeleted))]
public sealed partial class WorldJsonContext : JsonSerializerContext;

/// <summary>
/// Registers the object model with the persistence layer: each event type and the snapshot
/// state under its stable manifest (the <c>Manifest</c> constant of each type).
/// </summary>
public static class WorldSerialization
{
    /// <summary>The snapshot manifest of <see cref="ObjectState"/>.</summary>
    public const string StateManifest = "moo.object-state.v1";

    /// <summary>Registers every event type and <see cref="ObjectState"/> in <paramref name="registry"/>; returns it for chaining.</summary>
    public static TypeManifestRegistry RegisterObjectModel(this TypeManifestRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var c = WorldJsonContext.Default;
        return registry
            .Register(StateManifest, c.ObjectState)
            .Register(ObjectCreated.Manifest, c.ObjectCreated)
            .Register(ObjectRecycled.Manifest, c.ObjectRecycled)
            .Register(ObjectRenamed.Manifest, c.ObjectRenamed)
            .Register(AliasesSet.Manifest, c.AliasesSet)
            .Register(OwnerChanged.Manifest, c.OwnerChanged)
            .Register(FlagsChanged.Manifest, c.FlagsChanged)
            .Register(ParentsChanged.Manifest, c.ParentsChanged)
            .Register(ChildAdded.Manifest, c.ChildAdded)
            .Register(ChildRemoved.Manifest, c.ChildRemoved)
            .Register(LocationChanged.Manifest, c.LocationChanged)
            .Register(ContentAdded.Manifest, c.ContentAdded)
            .Register(ContentRemoved.Manifest, c.ContentRemoved)
            .Register(PropertyAdded.Manifest, c.PropertyAdded)
            .Register(PropertyValueSet.Manifest, c.PropertyValueSet)
            .Register(PropertyCleared.Manifest, c.PropertyCleared)
            .Register(PropertyInfoChanged.Manifest, c.PropertyInfoChanged)
            .Register(PropertyOverrideRenamed.Manifest, c.PropertyOverrideRenamed)
            .Register(PropertyDeleted.Manifest, c.PropertyDeleted)
            .Register(VerbAdded.Manifest, c.VerbAdded)
            .Register(VerbCodeSet.Manifest, c.VerbCodeSet)
            .Register(VerbInfoChanged.Manifest, c.VerbInfoChanged)
            .Register(VerbArgsChanged.Manifest, c.VerbArgsChanged)
            .Register(VerbDeleted.Manifest, c.VerbDeleted);
    }

    /// <summary>Serializes an event through the polymorphic base (with its <c>$event</c> manifest), e.g. for exports.</summary>
    public static string ToJson(ObjectEvent e) => JsonSerializer.Serialize(e, WorldJsonContext.Default.ObjectEvent);

    /// <summary>Reads an event written by <see cref="ToJson(ObjectEvent)"/>.</summary>
    /// <exception cref="JsonException">The text is not such an event.</exception>
    public static ObjectEvent EventFromJson(string json) =>
        JsonSerializer.Deserialize(json, WorldJsonContext.Default.ObjectEvent) ?? throw new JsonException("An event cannot be null.");
}
