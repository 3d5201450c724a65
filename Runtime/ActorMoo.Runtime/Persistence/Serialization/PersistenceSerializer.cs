using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// Turns events and snapshots into <see cref="SerializedPayload"/>s and back with the
/// source-generated contracts of a <see cref="TypeManifestRegistry"/>, upcasting old versions
/// on the way in. Stateless apart from the registry; safe to share between threads.
/// </summary>
public sealed class PersistenceSerializer
{
    /// <summary>Creates a serializer over <paramref name="registry"/>.</summary>
    public PersistenceSerializer(TypeManifestRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        Registry = registry;
    }

    /// <summary>The registry deciding manifests and contracts.</summary>
    public TypeManifestRegistry Registry { get; }

    /// <summary>Serializes <paramref name="value"/> under its registered manifest.</summary>
    /// <exception cref="UnknownManifestException">The value's type is not registered.</exception>
    public SerializedPayload Serialize(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var (manifest, typeInfo) = Registry.ForType(value.GetType());
        return new SerializedPayload(manifest, JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
    }

    /// <summary>
    /// Deserializes a stored payload, first passing it through the upcasters that lead from its
    /// manifest to a registered type.
    /// </summary>
    /// <exception cref="UnknownManifestException">Nothing registered can read the manifest.</exception>
    /// <exception cref="JsonException">The payload is not valid for its contract.</exception>
    public object Deserialize(string manifest, ReadOnlySpan<byte> payload)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var direct = Registry.ForManifest(manifest);
        if (direct is not null)
            return JsonSerializer.Deserialize(payload, direct) ?? throw NullPayload(manifest);

        var chain = Registry.UpcastChain(manifest);
        var node = JsonNode.Parse(payload) ?? throw NullPayload(manifest);
        foreach (var upcaster in chain)
            node = upcaster.Upcast(node) ?? throw new JsonException($"Upcaster {upcaster.FromManifest} → {upcaster.ToManifest} returned null.");
        var target = Registry.ForManifest(chain[^1].ToManifest)!;
        return node.Deserialize(target) ?? throw NullPayload(manifest);
    }

    /// <summary>Deserializes <paramref name="payload"/>; see <see cref="Deserialize(string, ReadOnlySpan{byte})"/>.</summary>
    public object Deserialize(SerializedPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return Deserialize(payload.Manifest, payload.Payload);
    }

    private static JsonException NullPayload(string manifest) =>
        new($"Stored payload with manifest '{manifest}' is JSON null; persisted values are never null.");
}
