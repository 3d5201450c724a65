using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;

namespace ActorMoo.Runtime.Persistence;

/// <summary>
/// Maps every persisted CLR type to a stable manifest string and back, together with its
/// source-generated <see cref="JsonTypeInfo"/>. Stored rows carry the manifest, never the CLR
/// type name, so renaming or moving a type only changes its registration, not the data.
/// Old manifests are kept readable with <see cref="JsonUpcaster"/>s.
/// </summary>
/// <remarks>
/// Register everything at start-up; lookups are safe from any thread. A manifest should say what
/// the value means and its version, e.g. <c>moo.object-moved.v2</c>.
/// </remarks>
public sealed class TypeManifestRegistry
{
    /// <summary>How many upcasters one payload may pass through before the chain is called a cycle.</summary>
    private const int MaxUpcastChain = 64;

    /// <summary>The current registration of each manifest that names a live CLR type.</summary>
    private readonly ConcurrentDictionary<string, JsonTypeInfo> _byManifest = new(StringComparer.Ordinal);

    /// <summary>The manifest of each registered CLR type; exactly one per type.</summary>
    private readonly ConcurrentDictionary<Type, string> _byType = new();

    /// <summary>Upcasters keyed by the old manifest they read.</summary>
    private readonly ConcurrentDictionary<string, JsonUpcaster> _upcasters = new(StringComparer.Ordinal);

    /// <summary>
    /// Registers <typeparamref name="T"/> under <paramref name="manifest"/>, serialized with the
    /// source-generated <paramref name="typeInfo"/>. Returns this registry for chaining.
    /// </summary>
    /// <exception cref="ArgumentException">The manifest or the type is already registered, or the manifest is blank.</exception>
    public TypeManifestRegistry Register<T>(string manifest, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        ValidateManifest(manifest);
        if (_upcasters.ContainsKey(manifest))
            throw new ArgumentException($"Manifest '{manifest}' is already the input of an upcaster; a manifest names either a type or an old version.", nameof(manifest));
        if (!_byType.TryAdd(typeof(T), manifest))
            throw new ArgumentException($"Type {typeof(T)} is already registered as '{_byType[typeof(T)]}'.", nameof(typeInfo));
        if (!_byManifest.TryAdd(manifest, typeInfo))
        {
            _byType.TryRemove(typeof(T), out _);
            throw new ArgumentException($"Manifest '{manifest}' is already registered for {_byManifest[manifest].Type}.", nameof(manifest));
        }
        return this;
    }

    /// <summary>
    /// Registers an upcaster from an old manifest to a newer one. Returns this registry for chaining.
    /// </summary>
    /// <exception cref="ArgumentException">The old manifest is still registered as a type, or already has an upcaster.</exception>
    public TypeManifestRegistry AddUpcaster(JsonUpcaster upcaster)
    {
        ArgumentNullException.ThrowIfNull(upcaster);
        ValidateManifest(upcaster.FromManifest);
        ValidateManifest(upcaster.ToManifest);
        if (_byManifest.ContainsKey(upcaster.FromManifest))
            throw new ArgumentException($"Manifest '{upcaster.FromManifest}' still names a registered type; upcast only from retired manifests.", nameof(upcaster));
        if (!_upcasters.TryAdd(upcaster.FromManifest, upcaster))
            throw new ArgumentException($"Manifest '{upcaster.FromManifest}' already has an upcaster.", nameof(upcaster));
        return this;
    }

    /// <summary>True when values of <paramref name="type"/> can be serialized.</summary>
    public bool IsRegistered(Type type) => _byType.ContainsKey(type);

    /// <summary>The manifest and type info for serializing a value of <paramref name="type"/>.</summary>
    /// <exception cref="UnknownManifestException">The type was never registered.</exception>
    internal (string Manifest, JsonTypeInfo TypeInfo) ForType(Type type)
    {
        if (!_byType.TryGetValue(type, out var manifest))
            throw new UnknownManifestException($"Type {type} is not registered with the TypeManifestRegistry; register it with a stable manifest before persisting it.");
        return (manifest, _byManifest[manifest]);
    }

    /// <summary>The type info for a current manifest, or null when the manifest is old or unknown.</summary>
    internal JsonTypeInfo? ForManifest(string manifest) =>
        _byManifest.TryGetValue(manifest, out var info) ? info : null;

    /// <summary>
    /// The upcasters to apply, in order, to bring <paramref name="manifest"/> to a registered type.
    /// </summary>
    /// <exception cref="UnknownManifestException">No registered type is reachable from the manifest.</exception>
    internal IReadOnlyList<JsonUpcaster> UpcastChain(string manifest)
    {
        var chain = new List<JsonUpcaster>();
        var current = manifest;
        while (!_byManifest.ContainsKey(current))
        {
            if (!_upcasters.TryGetValue(current, out var next))
            {
                throw new UnknownManifestException(chain.Count == 0
                    ? $"Manifest '{manifest}' is neither a registered type nor the input of an upcaster."
                    : $"Manifest '{manifest}' upcasts to '{current}', which is neither a registered type nor the input of an upcaster.");
            }
            if (chain.Count == MaxUpcastChain)
                throw new UnknownManifestException($"Manifest '{manifest}' does not reach a registered type within {MaxUpcastChain} upcasts (a cycle?).");
            chain.Add(next);
            current = next.ToManifest;
        }
        return chain;
    }

    private static void ValidateManifest(string manifest)
    {
        if (string.IsNullOrWhiteSpace(manifest))
            throw new ArgumentException("A manifest must be a non-blank, stable name.", nameof(manifest));
    }
}
