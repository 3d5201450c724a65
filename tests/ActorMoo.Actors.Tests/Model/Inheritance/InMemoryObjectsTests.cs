using ActorMoo.Actors.Model;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Model.Inheritance;

public sealed class InMemoryObjectsTests
{
    [Fact]
    public async Task Applying_changes_returns_a_new_world_and_leaves_the_old_one_untouched()
    {
        var empty = InMemoryObjects.Empty;
        var one = empty.Apply(new ObjectChange(new(1), new ObjectCreated(new(1), "one", new(1), [])));
        Assert.Null(await empty.FindAsync(new(1)));
        Assert.Equal("one", (await one.FindAsync(new(1)))!.Name);
    }

    [Fact]
    public async Task Recycled_objects_are_found_as_tombstones_but_are_not_valid()
    {
        var world = InMemoryObjects.Empty.Apply(
        [
            new ObjectChange(new(1), new ObjectCreated(new(1), "one", new(1), [])),
            new ObjectChange(new(1), new ObjectRecycled()),
        ]);
        Assert.True((await world.FindAsync(new(1)))!.Recycled);
        Assert.Null(await world.FindValidAsync(new(1)));
        Assert.Null(await world.FindValidAsync(SpecialObjects.Nothing));
    }

    [Fact]
    public async Task An_overlay_shows_its_hypothetical_states_over_the_world()
    {
        var world = InMemoryObjects.Empty.Apply(new ObjectChange(new(1), new ObjectCreated(new(1), "one", new(1), [])));
        var overlay = new OverlayLookup(world, world[new ObjectId(1)]! with { Name = "maybe" });
        Assert.Equal("maybe", (await overlay.FindAsync(new(1)))!.Name);
        Assert.Equal("one", world[new ObjectId(1)]!.Name);
    }
}
