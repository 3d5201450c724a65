using ActorMoo.Actors.Model;
using ActorMoo.Actors.Parsing;
using ActorMoo.Actors.Tests.Support;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Parsing;

public sealed class CommandResolverTests
{
    private static readonly VerbArgSpec ThisNoneNone = new(ObjectArgSpec.This, Preposition.None, ObjectArgSpec.None);

    private readonly TestWorld _world = new();
    private readonly ObjectId _root;
    private readonly ObjectId _room;
    private readonly ObjectId _player;

    public CommandResolverTests()
    {
        _root = _world.Create("root class");
        _room = _world.Create("Hall", null, _root);
        _player = _world.CreatePlayer("Ann", ObjectFlags.None, _root);
        _world.Move(_player, _room);
    }

    private ObjectId Put(string name, ObjectId where)
    {
        var id = _world.Create(name, null, _root);
        _world.Move(id, where);
        return id;
    }

    private async Task<CommandResolution> Resolve(string line) =>
        (await CommandResolver.ResolveAsync(_world.Objects, _world[_player], line))!;

    [Fact]
    public async Task A_verb_on_the_player_is_found_first()
    {
        _world.AddVerb(_player, "look", VerbArgSpec.NoneNoneNone, code: "player");
        _world.AddVerb(_room, "look", VerbArgSpec.NoneNoneNone, code: "room");
        var resolution = await Resolve("look");
        Assert.Equal(CommandOutcome.Verb, resolution.Outcome);
        Assert.Equal("player", resolution.Target!.Verb.Code);
        Assert.Equal(_player, resolution.Target.This);
    }

    [Fact]
    public async Task The_room_comes_before_the_direct_object()
    {
        var ball = Put("ball", _room);
        _world.AddVerb(_room, "kick", VerbArgSpec.AnyAnyAny, code: "room");
        _world.AddVerb(ball, "kick", ThisNoneNone, code: "ball");
        Assert.Equal("room", (await Resolve("kick ball")).Target!.Verb.Code);
    }

    [Fact]
    public async Task A_verb_on_the_direct_object_runs_with_this_being_that_object()
    {
        var ball = Put("ball", _room);
        _world.AddVerb(ball, "kick", ThisNoneNone);
        var resolution = await Resolve("kick ball");
        Assert.Equal(ball, resolution.Target!.This);
        Assert.Equal(ObjectMatch.Of(ball), resolution.Dobj);
    }

    [Fact]
    public async Task A_verb_on_the_indirect_object_is_found_last()
    {
        var ball = Put("ball", _player);
        var box = Put("box", _room);
        _world.AddVerb(box, "put", new VerbArgSpec(ObjectArgSpec.Any, Preposition.In, ObjectArgSpec.This));
        var resolution = await Resolve("put ball into box");
        Assert.Equal(box, resolution.Target!.This);
        Assert.Equal(ball, resolution.Dobj.Id);
        Assert.Equal(box, resolution.Iobj.Id);
        Assert.Equal("into", resolution.Command.Prepstr);
    }

    [Fact]
    public async Task Verbs_inherited_from_a_parent_are_found()
    {
        _world.AddVerb(_root, "i*nventory", VerbArgSpec.NoneNoneNone, code: "inventory");
        Assert.Equal("inventory", (await Resolve("inv")).Target!.Verb.Code);
    }

    [Fact]
    public async Task A_this_spec_does_not_take_a_command_aimed_at_another_object()
    {
        var ball = Put("ball", _room);
        Put("bat", _room);
        _world.AddVerb(ball, "kick", ThisNoneNone);
        Assert.NotEqual(CommandOutcome.Verb, (await Resolve("kick bat")).Outcome);
    }

    [Fact]
    public async Task A_none_spec_does_not_take_a_command_with_an_object()
    {
        _world.AddVerb(_room, "look", VerbArgSpec.NoneNoneNone);
        Put("ball", _room);
        Assert.NotEqual(CommandOutcome.Verb, (await Resolve("look ball")).Outcome);
    }

    [Fact]
    public async Task An_any_spec_takes_a_phrase_that_matched_nothing()
    {
        _world.AddVerb(_room, "get take", new VerbArgSpec(ObjectArgSpec.Any, Preposition.None, ObjectArgSpec.None));
        var resolution = await Resolve("take unicorn");
        Assert.Equal(CommandOutcome.Verb, resolution.Outcome);
        Assert.Equal(ObjectMatch.NotFound, resolution.Dobj);
    }

    [Fact]
    public async Task Without_a_fitting_verb_the_rooms_huh_verb_takes_the_command()
    {
        _world.AddVerb(_root, "huh", VerbArgSpec.AnyAnyAny);
        var resolution = await Resolve("dance wildly");
        Assert.Equal(CommandOutcome.Huh, resolution.Outcome);
        Assert.Equal(_room, resolution.Target!.This);
        Assert.Equal("dance", resolution.Command.Verb);
    }

    [Fact]
    public async Task A_huh_verb_without_the_x_bit_is_not_used()
    {
        _world.AddVerb(_room, "huh", VerbArgSpec.AnyAnyAny, permissions: VerbPermissions.Read);
        Assert.Equal(CommandOutcome.NotUnderstood, (await Resolve("dance")).Outcome);
    }

    [Fact]
    public async Task Without_huh_the_command_is_not_understood()
    {
        var resolution = await Resolve("dance");
        Assert.Equal(CommandOutcome.NotUnderstood, resolution.Outcome);
        Assert.Null(resolution.Target);
        Assert.Equal("I couldn't understand that.", CommandResolution.NotUnderstoodMessage);
    }

    [Fact]
    public async Task The_say_shortcut_finds_the_say_verb()
    {
        _world.AddVerb(_root, "say", VerbArgSpec.AnyAnyAny, code: "say");
        var resolution = await Resolve("\"hello there");
        Assert.Equal("say", resolution.Target!.Verb.Code);
        Assert.Equal("hello there", resolution.Command.Argstr);
    }

    [Fact]
    public async Task An_empty_line_resolves_to_nothing() =>
        Assert.Null(await CommandResolver.ResolveAsync(_world.Objects, _world[_player], "   "));

    [Fact]
    public async Task A_player_nowhere_can_still_use_its_own_verbs()
    {
        _world.Move(_player, SpecialObjects.Nothing);
        _world.AddVerb(_player, "home", VerbArgSpec.NoneNoneNone);
        Assert.Equal(CommandOutcome.Verb, (await Resolve("home")).Outcome);
        Assert.Equal(CommandOutcome.NotUnderstood, (await Resolve("dance")).Outcome);
    }
}
