using ActorMoo.Actors.Model;
using ActorMoo.Actors.Tests.Support;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Model.Inheritance;

public sealed class VerbLookupTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public async Task A_callable_verb_is_found_on_an_ancestor_with_this_being_the_object_asked()
    {
        var root = _world.Create("root");
        var verb = _world.AddVerb(root, "de*scribe");
        var leaf = _world.Create("leaf", null, root);
        var found = (await VerbLookup.FindCallableAsync(_world.Objects, _world[leaf], "desc"))!;
        Assert.Equal(leaf, found.This);
        Assert.Equal(root, found.Definer);
        Assert.Equal(verb, found.Verb);
    }

    [Fact]
    public async Task Ancestors_above_the_defining_one_are_not_read()
    {
        var root = _world.Create("root");
        var middle = _world.Create("middle", null, root);
        _world.AddVerb(middle, "look");
        var leaf = _world.Create("leaf", null, middle);
        var lookup = new RecordingLookup(_world.Objects);
        var found = await VerbLookup.FindCallableAsync(lookup, _world[leaf], "look");
        Assert.Equal(middle, found!.Definer);
        Assert.Equal([middle], lookup.Reads);
    }

    [Fact]
    public async Task The_nearest_definition_in_resolution_order_shadows_the_others()
    {
        var root = _world.Create("root");
        _world.AddVerb(root, "look", code: "root");
        var left = _world.Create("left", null, root);
        var right = _world.Create("right");
        _world.AddVerb(right, "look", code: "right");
        var child = _world.Create("child", null, left, right);
        Assert.Equal("root", (await VerbLookup.FindCallableAsync(_world.Objects, _world[child], "look"))!.Verb.Code);
    }

    [Fact]
    public async Task On_one_object_the_first_verb_in_definition_order_wins()
    {
        var thing = _world.Create("thing");
        _world.AddVerb(thing, "g*et", code: "first");
        _world.AddVerb(thing, "get take", code: "second");
        Assert.Equal("first", (await VerbLookup.FindCallableAsync(_world.Objects, _world[thing], "get"))!.Verb.Code);
    }

    [Fact]
    public async Task Verbs_without_the_x_bit_are_passed_over_for_program_calls()
    {
        var root = _world.Create("root");
        _world.AddVerb(root, "go", code: "callable");
        var leaf = _world.Create("leaf", null, root);
        _world.AddVerb(leaf, "go", permissions: VerbPermissions.Read, code: "command only");
        Assert.Equal("callable", (await VerbLookup.FindCallableAsync(_world.Objects, _world[leaf], "go"))!.Verb.Code);
    }

    [Fact]
    public async Task Command_lookup_needs_no_x_bit_but_a_fitting_argument_spec()
    {
        var box = _world.Create("box");
        _world.AddVerb(box, "open", new VerbArgSpec(ObjectArgSpec.This, Preposition.None, ObjectArgSpec.None), permissions: VerbPermissions.None);
        var state = _world[box];
        Assert.NotNull(await VerbLookup.FindCommandAsync(_world.Objects, state, "open", box, Preposition.None, SpecialObjects.Nothing));
        Assert.Null(await VerbLookup.FindCommandAsync(_world.Objects, state, "open", new ObjectId(99), Preposition.None, SpecialObjects.Nothing));
        Assert.Null(await VerbLookup.FindCommandAsync(_world.Objects, state, "open", box, Preposition.With, SpecialObjects.Nothing));
    }

    [Fact]
    public async Task An_unknown_verb_is_not_found() =>
        Assert.Null(await VerbLookup.FindCallableAsync(_world.Objects, _world[_world.Create("thing")], "dance"));
}
