using ActorMoo.Actors.Model;
using ActorMoo.Actors.Tests.Support;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Model.Inheritance;

public sealed class AncestryTests
{
    private readonly TestWorld _world = new();

    private async Task<ObjectId[]> OrderOf(ObjectId id) =>
        [.. (await Ancestry.ResolutionOrderAsync(_world.Objects, _world[id])).Select(o => o.Id)];

    [Fact]
    public async Task The_resolution_order_is_depth_first_left_to_right_without_duplicates()
    {
        // The diamond: child(left, right), left(root), right(root).
        var root = _world.Create("root");
        var left = _world.Create("left", null, root);
        var right = _world.Create("right", null, root);
        var child = _world.Create("child", null, left, right);
        Assert.Equal([child, left, root, right], await OrderOf(child));
    }

    [Fact]
    public async Task The_first_answer_ends_the_walk_before_anything_further_up_is_read()
    {
        var root = _world.Create("root");
        var middle = _world.Create("middle", null, root);
        var other = _world.Create("other");
        var child = _world.Create("child", null, middle, other);
        var lookup = new RecordingLookup(_world.Objects);
        var found = await Ancestry.FirstAsync(lookup, _world[child], o => o.Id == middle ? o : null);
        Assert.Equal(middle, found!.Id);
        Assert.Equal([middle], lookup.Reads);
    }

    [Fact]
    public async Task Without_an_answer_the_walk_visits_the_whole_resolution_order()
    {
        var root = _world.Create("root");
        var left = _world.Create("left", null, root);
        var right = _world.Create("right", null, root);
        var child = _world.Create("child", null, left, right);
        var visited = new List<ObjectId>();
        var found = await Ancestry.FirstAsync<ObjectState>(_world.Objects, _world[child], o =>
        {
            visited.Add(o.Id);
            return null;
        });
        Assert.Null(found);
        Assert.Equal([child, left, root, right], visited);
    }

    [Fact]
    public async Task The_order_of_parents_decides_which_line_comes_first()
    {
        var a = _world.Create("a");
        var b = _world.Create("b");
        var ab = _world.Create("ab", null, a, b);
        var ba = _world.Create("ba", null, b, a);
        Assert.Equal([ab, a, b], await OrderOf(ab));
        Assert.Equal([ba, b, a], await OrderOf(ba));
    }

    [Fact]
    public async Task Recycled_ancestors_are_skipped()
    {
        var gone = _world.Create("gone");
        var child = _world.Create("child", null, gone);
        _world.Apply(gone, new ObjectRecycled());
        Assert.Equal([child], await OrderOf(child));
    }

    [Fact]
    public async Task Isa_holds_for_the_object_itself_and_every_ancestor()
    {
        var root = _world.Create("root");
        var mid = _world.Create("mid", null, root);
        var leaf = _world.Create("leaf", null, mid);
        var stranger = _world.Create("stranger");
        Assert.True(await Ancestry.IsaAsync(_world.Objects, _world[leaf], leaf));
        Assert.True(await Ancestry.IsaAsync(_world.Objects, _world[leaf], root));
        Assert.False(await Ancestry.IsaAsync(_world.Objects, _world[leaf], stranger));
        Assert.False(await Ancestry.IsaAsync(_world.Objects, _world[root], leaf));
    }

    [Fact]
    public async Task Descendants_are_listed_once_even_when_reached_along_two_lines()
    {
        var root = _world.Create("root");
        var left = _world.Create("left", null, root);
        var right = _world.Create("right", null, root);
        var both = _world.Create("both", null, left, right);
        Assert.Equal(new[] { left, right, both }, await Ancestry.DescendantsAsync(_world.Objects, _world[root]));
    }

    [Fact]
    public async Task An_object_cannot_become_its_own_ancestor_directly_or_through_a_descendant()
    {
        var root = _world.Create("root");
        var leaf = _world.Create("leaf", null, root);
        var other = _world.Create("other");
        Assert.True(await Ancestry.WouldCreateCycleAsync(_world.Objects, root, [root]));
        Assert.True(await Ancestry.WouldCreateCycleAsync(_world.Objects, root, [other, leaf]));
        Assert.False(await Ancestry.WouldCreateCycleAsync(_world.Objects, leaf, [other]));
    }

    [Fact]
    public async Task Ancestors_exclude_the_object_itself()
    {
        var root = _world.Create("root");
        var leaf = _world.Create("leaf", null, root);
        Assert.Equal(new[] { root }, await Ancestry.AncestorsAsync(_world.Objects, _world[leaf]));
    }
}
