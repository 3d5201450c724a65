using System.Text.Json.Serialization;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Runtime.Tests.Persistence;

public sealed record CounterIncremented(int By);

public sealed record CounterNoted(string Note);

public sealed record CounterState(int Value, IReadOnlyList<string> Notes);

/// <summary>What <see cref="CounterIncremented"/> is called after a rename: same meaning, same JSON, new CLR name.</summary>
public sealed record CounterRaised(int By);

/// <summary>An event type deliberately left unregistered, to provoke rejections.</summary>
public sealed record UnregisteredEvent(int X);

[JsonSerializable(typeof(CounterIncremented))]
[JsonSerializable(typeof(CounterNoted))]
[JsonSerializable(typeof(CounterState))]
[JsonSerializable(typeof(CounterRaised))]
[JsonSerializable(typeof(UnregisteredEvent))]
internal sealed partial class TestJsonContext : JsonSerializerContext;

/// <summary>The registry and serializer the runtime's persistence tests share.</summary>
internal static class TestContracts
{
    public static TypeManifestRegistry CreateRegistry() =>
        new TypeManifestRegistry()
            .Register("test.counter-incremented.v1", TestJsonContext.Default.CounterIncremented)
            .Register("test.counter-noted.v1", TestJsonContext.Default.CounterNoted)
            .Register("test.counter-state.v1", TestJsonContext.Default.CounterState);

    public static PersistenceSerializer CreateSerializer() => new(CreateRegistry());
}
