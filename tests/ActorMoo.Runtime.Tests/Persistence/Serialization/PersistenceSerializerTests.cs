using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Runtime.Tests.Persistence.Serialization;

public sealed class PersistenceSerializerTests
{
    [Fact]
    public void Serializer_must_store_the_registered_manifest_and_round_trip_the_value()
    {
        var serializer = TestContracts.CreateSerializer();

        var payload = serializer.Serialize(new CounterState(3, ["a", "b"]));
        var back = (CounterState)serializer.Deserialize(payload);

        Assert.Equal("test.counter-state.v1", payload.Manifest);
        Assert.Equal(3, back.Value);
        Assert.Equal(["a", "b"], back.Notes);
    }

    [Fact]
    public void Serializer_must_refuse_an_unregistered_type_with_a_clear_error()
    {
        var error = Assert.Throws<UnknownManifestException>(() => TestContracts.CreateSerializer().Serialize(new UnregisteredEvent(1)));

        Assert.Contains(nameof(UnregisteredEvent), error.Message);
    }

    [Fact]
    public void Serializer_must_report_an_unknown_manifest_without_guessing()
    {
        var error = Assert.Throws<UnknownManifestException>(() =>
            TestContracts.CreateSerializer().Deserialize("test.never-registered.v1", "{}"u8));

        Assert.Contains("test.never-registered.v1", error.Message);
    }

    [Fact]
    public void Serializer_must_read_rows_of_a_renamed_type_because_rows_carry_the_manifest_not_the_type_name()
    {
        var stored = TestContracts.CreateSerializer().Serialize(new CounterIncremented(5));
        // After the rename the same manifest is bound to the new CLR type.
        var renamed = new PersistenceSerializer(new TypeManifestRegistry().Register(stored.Manifest, TestJsonContext.Default.CounterRaised));

        Assert.Equal(new CounterRaised(5), renamed.Deserialize(stored));
        Assert.DoesNotContain(nameof(CounterIncremented), Encoding.UTF8.GetString(stored.Payload));
    }

    [Fact]
    public void Serializer_must_upcast_an_old_version_through_a_chain_of_upcasters()
    {
        var registry = TestContracts.CreateRegistry()
            .AddUpcaster(new JsonUpcaster("test.counter-bumped.v1", "test.counter-bumped.v2", v1 => new JsonObject { ["amount"] = v1["n"]!.GetValue<int>() }))
            .AddUpcaster(new JsonUpcaster("test.counter-bumped.v2", "test.counter-incremented.v1", v2 => new JsonObject { ["By"] = v2["amount"]!.GetValue<int>() * 10 }));
        var serializer = new PersistenceSerializer(registry);

        var upcast = serializer.Deserialize("test.counter-bumped.v1", """{"n":4}"""u8);

        Assert.Equal(new CounterIncremented(40), upcast);
    }

    [Fact]
    public void Serializer_must_name_the_dead_end_of_an_upcaster_chain()
    {
        var registry = TestContracts.CreateRegistry().AddUpcaster(new JsonUpcaster("test.old.v1", "test.nowhere.v2", n => n));

        var error = Assert.Throws<UnknownManifestException>(() => new PersistenceSerializer(registry).Deserialize("test.old.v1", "{}"u8));

        Assert.Contains("test.nowhere.v2", error.Message);
    }

    [Fact]
    public void Serializer_must_detect_a_cycle_of_upcasters()
    {
        var registry = new TypeManifestRegistry()
            .AddUpcaster(new JsonUpcaster("a", "b", n => n))
            .AddUpcaster(new JsonUpcaster("b", "a", n => n));

        var error = Assert.Throws<UnknownManifestException>(() => new PersistenceSerializer(registry).Deserialize("a", "{}"u8));

        Assert.Contains("cycle", error.Message);
    }

    [Fact]
    public void Serializer_must_refuse_a_json_null_payload()
    {
        Assert.Throws<JsonException>(() => TestContracts.CreateSerializer().Deserialize("test.counter-incremented.v1", "null"u8));
    }
}
