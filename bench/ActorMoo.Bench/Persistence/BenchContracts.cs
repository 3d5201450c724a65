using System.Text.Json.Serialization;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Bench.Persistence;

/// <summary>A small event of the size a MOO property change has.</summary>
public sealed record PropertyChanged(string Property, string Value, int Version);

/// <summary>The bench entity's snapshot.</summary>
public sealed record BenchEntityState(long Sum, int Count);

[JsonSerializable(typeof(PropertyChanged))]
[JsonSerializable(typeof(BenchEntityState))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;

/// <summary>The serializer every persistence benchmark uses.</summary>
internal static class BenchContracts
{
    public static PersistenceSerializer CreateSerializer() =>
        new(new TypeManifestRegistry()
            .Register("bench.property-changed.v1", BenchJsonContext.Default.PropertyChanged)
            .Register("bench.entity-state.v1", BenchJsonContext.Default.BenchEntityState));

    public static PropertyChanged Event(int n) => new("description", "A dusty room with a view of the bay.", n);
}
