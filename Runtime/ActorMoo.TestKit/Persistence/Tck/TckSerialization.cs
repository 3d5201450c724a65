using System.Text.Json.Serialization;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.TestKit.Persistence.Tck;

/// <summary>An event the conformance suites write.</summary>
/// <param name="Text">Free text, also used for large and non-ASCII payloads.</param>
/// <param name="Number">A number the tests check after reading back.</param>
public sealed record TckEvent(string Text, int Number);

/// <summary>A snapshot state the conformance suites save.</summary>
/// <param name="State">The saved state.</param>
public sealed record TckSnapshot(string State);

/// <summary>
/// One event of a crash-consistency batch: the batch it belongs to and how many events that batch has,
/// so a reader can tell a complete batch from a partial one.
/// </summary>
/// <param name="Batch">The batch's unique number.</param>
/// <param name="Index">The event's position within the batch.</param>
/// <param name="Count">The number of events in the whole batch.</param>
public sealed record CrashEvent(long Batch, int Index, int Count);

/// <summary>Source-generated contracts of the suites' types.</summary>
[JsonSerializable(typeof(TckEvent))]
[JsonSerializable(typeof(TckSnapshot))]
[JsonSerializable(typeof(CrashEvent))]
internal sealed partial class TckJsonContext : JsonSerializerContext;

/// <summary>The serializer the conformance suites use, with their types registered under stable manifests.</summary>
public static class TckSerialization
{
    /// <summary>Creates a serializer knowing <see cref="TckEvent"/>, <see cref="TckSnapshot"/> and <see cref="CrashEvent"/>.</summary>
    public static PersistenceSerializer CreateSerializer() =>
        new(new TypeManifestRegistry()
            .Register("tck.event.v1", TckJsonContext.Default.TckEvent)
            .Register("tck.snapshot.v1", TckJsonContext.Default.TckSnapshot)
            .Register("tck.crash-event.v1", TckJsonContext.Default.CrashEvent));
}
