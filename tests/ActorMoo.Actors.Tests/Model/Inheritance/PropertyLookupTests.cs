using ActorMoo.Actors.Model;
using ActorMoo.Actors.Tests.Support;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Model.Inheritance;

public sealed class PropertyLookupTests
{
    private readonly TestWorld _world = new();
    private readonly ObjectId _wizard;
    private readonly ObjectId _builder;

    public PropertyLookupTests()
    {
        _wizard = _world.CreatePlayer("Wizard", ObjectFlags.Wizard);
        _builder = _world.CreatePlayer("Builder", ObjectFlags.Programmer);
    }

    private Task<ResolvedProperty?> Resolve(ObjectId id, string name) =>
        PropertyLookup.ResolveAsync(_world.Objects, _world[id], name).AsTask();

    [Fact]
    public async Task A_property_defined_on_the_object_is_its_own_value()
    {
        var thing = _world.Create("thing", _wizard);
        _world.AddProperty(thing, "color", "red");
        var resolved = (await Resolve(thing, "COLOR"))!;
        Assert.True(resolved.IsDefinedHere);
        Assert.False(resolved.IsClear);
        Assert.Equal(MooValue.String("red"), resolved.Value);
        Assert.Equal(thing, resolved.Definer);
    }

    [Fact]
    public async Task A_child_inherits_the_definers_value_while_clear()
    {
        var parent = _world.Create("parent", _wizard);
        _world.AddProperty(parent, "color", "red");
        var child = _world.Create("child", _builder, parent);
        var resolved = (await Resolve(child, "color"))!;
        Assert.True(resolved.IsClear);
        Assert.Equal(MooValue.String("red"), resolved.Value);
        Assert.Equal(parent, resolved.Definer);
    }

    [Fact]
    public async Task Ancestors_above_the_definer_are_not_read()
    {
        var root = _world.Create("root", _wizard);
        var parent = _world.Create("parent", _wizard, root);
        _world.AddProperty(parent, "color", "red");
        var child = _world.Create("child", _builder, parent);
        var lookup = new RecordingLookup(_world.Objects);
        var resolved = (await PropertyLookup.ResolveAsync(lookup, _world[child], "color"))!;
        Assert.Equal(MooValue.String("red"), resolved.Value);
        Assert.DoesNotContain(root, lookup.Reads);
    }

    [Fact]
    public async Task A_childs_override_wins_until_it_is_cleared()
    {
        var parent = _world.Create("parent", _wizard);
        _world.AddProperty(parent, "color", "red");
        var child = _world.Create("child", _builder, parent);
        _world.SetProperty(child, "color", "green");
        Assert.Equal(MooValue.String("green"), (await Resolve(child, "color"))!.Value);
        Assert.False((await Resolve(child, "color"))!.IsClear);
        _world.Apply(child, new PropertyCleared("color"));
        Assert.Equal(MooValue.String("red"), (await Resolve(child, "color"))!.Value);
    }

    [Fact]
    public async Task A_clear_grandchild_inherits_its_parents_override_not_the_definers_value()
    {
        var root = _world.Create("root", _wizard);
        _world.AddProperty(root, "color", "red");
        var mid = _world.Create("mid", _wizard, root);
        _world.SetProperty(mid, "color", "blue");
        var leaf = _world.Create("leaf", _wizard, mid);
        var resolved = (await Resolve(leaf, "color"))!;
        Assert.True(resolved.IsClear);
        Assert.Equal(MooValue.String("blue"), resolved.Value);
    }

    [Fact]
    public async Task With_multiple_parents_a_property_from_the_second_parent_is_inherited_too()
    {
        var visible = _world.Create("visible", _wizard);
        _world.AddProperty(visible, "description", "shiny");
        var portable = _world.Create("portable", _wizard);
        _world.AddProperty(portable, "weight", 3L);
        var item = _world.Create("item", _wizard, visible, portable);
        Assert.Equal(MooValue.Integer(3), (await Resolve(item, "weight"))!.Value);
        Assert.Equal(MooValue.String("shiny"), (await Resolve(item, "description"))!.Value);
    }

    [Fact]
    public async Task An_override_on_an_object_that_no_longer_descends_from_the_definer_is_ignored()
    {
        var root = _world.Create("root", _wizard);
        _world.AddProperty(root, "color", "red");
        var other = _world.Create("other", _wizard);
        var mid = _world.Create("mid", _wizard, other);
        _world.SetProperty(mid, "color", "stale");
        var leaf = _world.Create("leaf", _wizard, mid, root);
        Assert.Equal(MooValue.String("red"), (await Resolve(leaf, "color"))!.Value);
    }

    [Fact]
    public async Task An_unknown_property_resolves_to_nothing() =>
        Assert.Null(await Resolve(_world.Create("thing"), "nope"));

    [Fact]
    public async Task The_owner_in_a_child_is_the_definitions_owner_without_the_c_bit()
    {
        var parent = _world.Create("parent", _wizard);
        _world.AddProperty(parent, "color", "red", _wizard, PropertyPermissions.Read);
        var child = _world.Create("child", _builder, parent);
        Assert.Equal(_wizard, (await Resolve(child, "color"))!.Owner);
    }

    [Fact]
    public async Task The_owner_in_a_child_is_the_childs_owner_with_the_c_bit()
    {
        var parent = _world.Create("parent", _wizard);
        _world.AddProperty(parent, "description", "", _wizard, PropertyPermissions.Read | PropertyPermissions.Chown);
        var child = _world.Create("child", _builder, parent);
        Assert.Equal(_builder, (await Resolve(child, "description"))!.Owner);
        Assert.Equal(_wizard, (await Resolve(parent, "description"))!.Owner);
    }

    [Fact]
    public async Task All_visible_properties_are_listed_own_first_then_by_resolution_order()
    {
        var root = _world.Create("root", _wizard);
        _world.AddProperty(root, "a", 1L);
        var leaf = _world.Create("leaf", _wizard, root);
        _world.AddProperty(leaf, "b", 2L);
        _world.SetProperty(leaf, "a", 10L);
        var all = await PropertyLookup.AllAsync(_world.Objects, _world[leaf]);
        Assert.Equal(["b", "a"], all.Select(p => p.Name));
        Assert.Equal(MooValue.Integer(10), all[1].Value);
    }
}
