using ActorMoo.Actors.Model;
using ActorMoo.Actors.Tests.Support;
using ActorMoo.Scripting.Values;
using static ActorMoo.Actors.Tests.Support.Principals;

namespace ActorMoo.Actors.Tests.Model.Permissions;

public sealed class StructureRulesTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public async Task An_object_may_move_into_a_container_that_is_not_inside_it()
    {
        var room = _world.Create("room");
        var box = _world.Create("box");
        Allowed(await StructureRules.CheckMoveAsync(_world.Objects, _world[box], room));
        Allowed(await StructureRules.CheckMoveAsync(_world.Objects, _world[box], SpecialObjects.Nothing));
    }

    [Fact]
    public async Task An_object_may_not_move_into_itself_or_something_it_contains()
    {
        var box = _world.Create("box");
        var bag = _world.Create("bag");
        _world.Move(bag, box);
        Denied(await StructureRules.CheckMoveAsync(_world.Objects, _world[box], box), DenialKind.Recursion);
        Denied(await StructureRules.CheckMoveAsync(_world.Objects, _world[box], bag), DenialKind.Recursion);
    }

    [Fact]
    public async Task An_object_may_not_move_into_an_invalid_object()
    {
        var box = _world.Create("box");
        Denied(await StructureRules.CheckMoveAsync(_world.Objects, _world[box], new ObjectId(404)), DenialKind.InvalidArgument);
    }

    [Fact]
    public async Task A_new_property_name_may_not_clash_with_an_ancestors()
    {
        var root = _world.Create("root");
        _world.AddProperty(root, "color", "red");
        var leaf = _world.Create("leaf", null, root);
        var check = await StructureRules.CheckNewPropertyNameAsync(_world.Objects, _world[leaf], "COLOR");
        Denied(check, DenialKind.InvalidArgument);
        Assert.Contains("#0 (root)", check.Denial!.Message);
    }

    [Fact]
    public async Task A_new_property_name_may_not_clash_with_a_descendants()
    {
        var root = _world.Create("root");
        var leaf = _world.Create("leaf", null, root);
        _world.AddProperty(leaf, "color", "red");
        Denied(await StructureRules.CheckNewPropertyNameAsync(_world.Objects, _world[root], "color"), DenialKind.InvalidArgument);
    }

    [Fact]
    public async Task A_fresh_property_name_is_accepted()
    {
        var root = _world.Create("root");
        Allowed(await StructureRules.CheckNewPropertyNameAsync(_world.Objects, _world[root], "color"));
    }

    [Fact]
    public async Task New_parents_may_not_include_the_object_or_a_descendant()
    {
        var root = _world.Create("root");
        var leaf = _world.Create("leaf", null, root);
        Denied(await StructureRules.CheckNewParentsAsync(_world.Objects, _world[root], [leaf]), DenialKind.Recursion);
        Denied(await StructureRules.CheckNewParentsAsync(_world.Objects, _world[root], [root]), DenialKind.Recursion);
    }

    [Fact]
    public async Task New_parents_must_be_valid_objects()
    {
        var obj = _world.Create("obj");
        Denied(await StructureRules.CheckNewParentsAsync(_world.Objects, _world[obj], [new ObjectId(404)]), DenialKind.InvalidArgument);
    }

    [Fact]
    public async Task New_parents_may_not_define_a_property_the_object_or_a_descendant_defines()
    {
        var other = _world.Create("other");
        _world.AddProperty(other, "color", "red");
        var obj = _world.Create("obj");
        var leaf = _world.Create("leaf", null, obj);
        _world.AddProperty(leaf, "color", "blue");
        Denied(await StructureRules.CheckNewParentsAsync(_world.Objects, _world[obj], [other]), DenialKind.InvalidArgument);
    }

    [Fact]
    public async Task Two_new_parents_may_not_both_define_the_same_property_name()
    {
        var a = _world.Create("a");
        _world.AddProperty(a, "weight", 1L);
        var b = _world.Create("b");
        _world.AddProperty(b, "weight", 2L);
        var obj = _world.Create("obj");
        var check = await StructureRules.CheckNewParentsAsync(_world.Objects, _world[obj], [a, b]);
        Denied(check, DenialKind.InvalidArgument);
        Assert.Contains("weight", check.Denial!.Message);
    }

    [Fact]
    public async Task Parents_sharing_an_ancestor_do_not_clash_over_its_properties()
    {
        var root = _world.Create("root");
        _world.AddProperty(root, "description", "");
        var a = _world.Create("a", null, root);
        var b = _world.Create("b", null, root);
        var obj = _world.Create("obj");
        Allowed(await StructureRules.CheckNewParentsAsync(_world.Objects, _world[obj], [a, b]));
    }
}
