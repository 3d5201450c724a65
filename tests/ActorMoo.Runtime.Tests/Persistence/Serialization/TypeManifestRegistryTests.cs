using System.Text.Json.Nodes;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Runtime.Tests.Persistence.Serialization;

public sealed class TypeManifestRegistryTests
{
    [Fact]
    public void Register_must_refuse_a_second_manifest_for_the_same_type()
    {
        var registry = TestContracts.CreateRegistry();

        var error = Assert.Throws<ArgumentException>(() => registry.Register("test.other.v1", TestJsonContext.Default.CounterIncremented));

        Assert.Contains("test.counter-incremented.v1", error.Message);
    }

    [Fact]
    public void Register_must_refuse_a_manifest_already_used_by_another_type()
    {
        var registry = new TypeManifestRegistry().Register("same", TestJsonContext.Default.CounterIncremented);

        Assert.Throws<ArgumentException>(() => registry.Register("same", TestJsonContext.Default.CounterNoted));
        Assert.False(registry.IsRegistered(typeof(CounterNoted)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Register_must_refuse_a_blank_manifest(string manifest)
    {
        Assert.Throws<ArgumentException>(() => new TypeManifestRegistry().Register(manifest, TestJsonContext.Default.CounterIncremented));
    }

    [Fact]
    public void AddUpcaster_must_refuse_to_upcast_from_a_manifest_that_still_names_a_type()
    {
        var registry = TestContracts.CreateRegistry();

        Assert.Throws<ArgumentException>(() => registry.AddUpcaster(new JsonUpcaster("test.counter-noted.v1", "test.counter-incremented.v1", n => n)));
    }

    [Fact]
    public void Register_must_refuse_a_manifest_that_is_already_an_upcaster_input()
    {
        var registry = new TypeManifestRegistry().AddUpcaster(new JsonUpcaster("old.v1", "new.v2", n => n));

        Assert.Throws<ArgumentException>(() => registry.Register("old.v1", TestJsonContext.Default.CounterIncremented));
    }

    [Fact]
    public void AddUpcaster_must_refuse_two_upcasters_from_the_same_manifest()
    {
        var registry = new TypeManifestRegistry().AddUpcaster(new JsonUpcaster("old.v1", "new.v2", n => n));

        Assert.Throws<ArgumentException>(() => registry.AddUpcaster(new JsonUpcaster("old.v1", "new.v3", (JsonNode n) => n)));
    }
}
