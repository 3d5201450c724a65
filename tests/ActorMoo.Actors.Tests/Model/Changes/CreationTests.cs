using ActorMoo.Actors.Model;
using ActorMoo.Actors.Tests.Support;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Model.Changes;

public sealed class CreationTests
{
    [Fact]
    public void A_new_object_is_created_and_listed_as_a_child_of_each_parent()
    {
        var world = new TestWorld();
        var a = world.Create("a");
        var b = world.Create("b");
        var id = new ObjectId(50);
        world.Apply(Creation.Plan(id, "thing", a, [a, b]));
        Assert.Equal(new[] { a, b }, world[id].Parents);
        Assert.Contains(id, world[a].Children);
        Assert.Contains(id, world[b].Children);
        Assert.Equal(a, world[id].Owner);
    }

    [Fact]
    public void A_parent_named_twice_is_kept_once()
    {
        var world = new TestWorld();
        var a = world.Create("a");
        var plan = Creation.Plan(new ObjectId(9), "thing", a, [a, a]);
        Assert.Equal(2, plan.Length);
        Assert.Equal(new[] { a }, ((ObjectCreated)plan[0].Event).Parents);
    }
}
