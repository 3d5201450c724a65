using ActorMoo.Actors.Model;
using ActorMoo.Actors.Tests.Support;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Model.Changes;

public sealed class RecyclingTests
{
    private readonly TestWorld _world = new();

    private async Task Recycle(ObjectId obj) => _world.Apply(await Recycling.PlanAsync(_world.Objects, _world[obj]));

    [Fact]
    public async Task Contents_go_nowhere_and_the_object_leaves_its_location()
    {
        var room = _world.Create("room");
        var box = _world.Create("box");
        var ball = _world.Create("ball");
        _world.Move(box, room);
        _world.Move(ball, box);
        await Recycle(box);
        Assert.Equal(SpecialObjects.Nothing, _world[ball].Location);
        Assert.DoesNotContain(box, _world[room].Contents);
        Assert.True(_world[box].Recycled);
    }

    [Fact]
    public async Task Children_are_given_the_recycled_objects_parents_in_its_place()
    {
        var root = _world.Create("root");
        var other = _world.Create("other");
        var mid = _world.Create("mid", null, root);
        var child = _world.Create("child", null, other, mid);
        await Recycle(mid);
        Assert.Equal(new[] { other, root }, _world[child].Parents);
        Assert.Contains(child, _world[root].Children);
        Assert.DoesNotContain(mid, _world[root].Children);
    }

    [Fact]
    public async Task Descendants_lose_their_values_of_the_recycled_objects_properties()
    {
        var mid = _world.Create("mid");
        _world.AddProperty(mid, "color", "red");
        var child = _world.Create("child", null, mid);
        var leaf = _world.Create("leaf", null, child);
        _world.SetProperty(child, "color", "blue");
        _world.SetProperty(leaf, "color", "green");
        await Recycle(mid);
        Assert.Empty(_world[child].Overrides);
        Assert.Empty(_world[leaf].Overrides);
    }

    [Fact]
    public async Task The_recycled_object_is_the_last_event_of_the_plan()
    {
        var obj = _world.Create("obj");
        var plan = await Recycling.PlanAsync(_world.Objects, _world[obj]);
        Assert.IsType<ObjectRecycled>(plan[^1].Event);
        Assert.Equal(obj, plan[^1].Target);
    }
}
