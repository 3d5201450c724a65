using ActorMoo.Actors.Model;
using ActorMoo.Actors.Tests.Support;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Model.Changes;

public sealed class PropertyChangesTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public async Task Deleting_a_property_clears_descendants_values_of_it()
    {
        var root = _world.Create("root");
        _world.AddProperty(root, "color", "red");
        var leaf = _world.Create("leaf", null, root);
        _world.SetProperty(leaf, "color", "blue");
        _world.Apply(await PropertyChanges.DeleteAsync(_world.Objects, _world[root], "color"));
        Assert.Empty(_world[root].Properties);
        Assert.Empty(_world[leaf].Overrides);
    }

    [Fact]
    public async Task Renaming_a_property_carries_descendants_values_to_the_new_name()
    {
        var root = _world.Create("root");
        _world.AddProperty(root, "color", "red");
        var leaf = _world.Create("leaf", null, root);
        _world.SetProperty(leaf, "color", "blue");
        _world.Apply(await PropertyChanges.ChangeInfoAsync(_world.Objects, _world[root], "color", "colour", root, PropertyPermissions.Read));
        var resolved = (await PropertyLookup.ResolveAsync(_world.Objects, _world[leaf], "colour"))!;
        Assert.Equal(MooValue.String("blue"), resolved.Value);
    }

    [Fact]
    public async Task Changing_only_owner_and_bits_touches_only_the_definer()
    {
        var root = _world.Create("root");
        _world.AddProperty(root, "color", "red");
        var leaf = _world.Create("leaf", null, root);
        _world.SetProperty(leaf, "color", "blue");
        var plan = await PropertyChanges.ChangeInfoAsync(_world.Objects, _world[root], "color", null, root, PropertyPermissions.None);
        Assert.Equal(root, Assert.Single(plan).Target);
    }
}
