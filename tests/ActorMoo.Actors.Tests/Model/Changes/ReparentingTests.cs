using ActorMoo.Actors.Model;
using ActorMoo.Actors.Tests.Support;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Model.Changes;

public sealed class ReparentingTests
{
    private readonly TestWorld _world = new();

    private async Task Chparent(ObjectId obj, params ObjectId[] parents) =>
        _world.Apply(await Reparenting.PlanAsync(_world.Objects, _world[obj], [.. parents]));

    [Fact]
    public async Task Old_parents_lose_the_child_and_new_parents_gain_it()
    {
        var old = _world.Create("old");
        var kept = _world.Create("kept");
        var fresh = _world.Create("fresh");
        var obj = _world.Create("obj", null, old, kept);
        await Chparent(obj, kept, fresh);
        Assert.Equal(new[] { kept, fresh }, _world[obj].Parents);
        Assert.DoesNotContain(obj, _world[old].Children);
        Assert.Contains(obj, _world[kept].Children);
        Assert.Contains(obj, _world[fresh].Children);
    }

    [Fact]
    public async Task Values_of_properties_no_longer_inherited_are_cleared_on_the_object_and_its_descendants()
    {
        var old = _world.Create("old");
        _world.AddProperty(old, "color", "red");
        var fresh = _world.Create("fresh");
        var obj = _world.Create("obj", null, old);
        var leaf = _world.Create("leaf", null, obj);
        _world.SetProperty(obj, "color", "blue");
        _world.SetProperty(leaf, "color", "green");
        await Chparent(obj, fresh);
        Assert.Empty(_world[obj].Overrides);
        Assert.Empty(_world[leaf].Overrides);
    }

    [Fact]
    public async Task Values_of_properties_still_inherited_along_another_line_are_kept()
    {
        var root = _world.Create("root");
        _world.AddProperty(root, "color", "red");
        var left = _world.Create("left", null, root);
        var right = _world.Create("right", null, root);
        var obj = _world.Create("obj", null, left, right);
        _world.SetProperty(obj, "color", "blue");
        await Chparent(obj, right);
        Assert.Equal(MooValue.String("blue"), _world[obj].FindOverride("color")!.Value);
    }
}
