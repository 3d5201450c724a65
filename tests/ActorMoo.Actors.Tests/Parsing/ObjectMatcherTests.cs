using ActorMoo.Actors.Model;
using ActorMoo.Actors.Parsing;
using ActorMoo.Actors.Tests.Support;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Parsing;

public sealed class ObjectMatcherTests
{
    private readonly TestWorld _world = new();
    private readonly ObjectId _room;
    private readonly ObjectId _player;

    public ObjectMatcherTests()
    {
        _room = _world.Create("Hall");
        _player = _world.CreatePlayer("Ann");
        _world.Move(_player, _room);
    }

    private ObjectId Put(string name, ObjectId where, params string[] aliases)
    {
        var id = _world.Create(name);
        if (aliases.Length > 0) _world.SetAliases(id, aliases);
        _world.Move(id, where);
        return id;
    }

    private Task<ObjectMatch> Match(string phrase) => ObjectMatcher.MatchAsync(_world.Objects, _world[_player], phrase).AsTask();

    [Fact]
    public async Task The_empty_phrase_is_no_object() =>
        Assert.Equal(ObjectMatch.Nothing, await Match(""));

    [Fact]
    public async Task Me_is_the_player_and_here_is_the_room()
    {
        Assert.Equal(ObjectMatch.Of(_player), await Match("me"));
        Assert.Equal(ObjectMatch.Of(_room), await Match("HERE"));
    }

    [Fact]
    public async Task An_object_number_matches_any_valid_object_wherever_it_is()
    {
        var elsewhere = _world.Create("elsewhere");
        Assert.Equal(ObjectMatch.Of(elsewhere), await Match(elsewhere.ToString()));
    }

    [Theory]
    [InlineData("#404")]
    [InlineData("#12abc")]
    [InlineData("#")]
    public async Task An_invalid_or_malformed_object_number_matches_nothing(string phrase) =>
        Assert.Equal(ObjectMatch.NotFound, await Match(phrase));

    [Fact]
    public async Task A_recycled_object_number_matches_nothing()
    {
        var gone = _world.Create("gone");
        _world.Apply(gone, new ObjectRecycled());
        Assert.Equal(ObjectMatch.NotFound, await Match(gone.ToString()));
    }

    [Fact]
    public async Task Objects_are_matched_by_name_or_alias_in_inventory_and_room()
    {
        var lamp = Put("brass lamp", _player, "lamp", "light");
        var table = Put("table", _room);
        Assert.Equal(ObjectMatch.Of(lamp), await Match("LIGHT"));
        Assert.Equal(ObjectMatch.Of(table), await Match("table"));
    }

    [Fact]
    public async Task A_unique_prefix_matches()
    {
        var lamp = Put("brass lamp", _room);
        Assert.Equal(ObjectMatch.Of(lamp), await Match("bra"));
    }

    [Fact]
    public async Task An_exact_match_beats_prefix_matches()
    {
        var box = Put("box", _room);
        Put("boxcar", _room);
        Put("box of chocolates", _player);
        Assert.Equal(ObjectMatch.Of(box), await Match("box"));
    }

    [Fact]
    public async Task Two_exact_matches_are_ambiguous()
    {
        Put("lamp", _player);
        Put("lamp", _room);
        var match = await Match("lamp");
        Assert.Equal(ObjectMatch.Ambiguous, match);
        Assert.Equal(SpecialObjects.AmbiguousMatch, match.Id);
        Assert.Equal("Which one do you mean?", match.FailureMessage);
    }

    [Fact]
    public async Task Two_prefix_matches_without_an_exact_one_are_ambiguous()
    {
        Put("red ball", _room);
        Put("red box", _room);
        Assert.Equal(ObjectMatch.Ambiguous, await Match("red"));
    }

    [Fact]
    public async Task One_object_matching_by_name_and_alias_is_not_ambiguous()
    {
        var lamp = Put("lamp", _room, "lamp", "lantern");
        Assert.Equal(ObjectMatch.Of(lamp), await Match("la"));
    }

    [Fact]
    public async Task A_phrase_that_fits_nothing_is_not_found()
    {
        Put("lamp", _room);
        var match = await Match("sword");
        Assert.Equal(ObjectMatch.NotFound, match);
        Assert.Equal(SpecialObjects.FailedMatch, match.Id);
        Assert.Equal("I don't see that here.", match.FailureMessage);
    }

    [Fact]
    public async Task Objects_elsewhere_are_not_seen_by_name()
    {
        var other = _world.Create("Kitchen");
        Put("knife", other);
        Assert.Equal(ObjectMatch.NotFound, await Match("knife"));
    }

    [Fact]
    public async Task An_ordinal_picks_among_ambiguous_matches_inventory_first()
    {
        var mine = Put("lamp", _player);
        var theirs = Put("lamp", _room);
        Assert.Equal(ObjectMatch.Of(mine), await Match("1st lamp"));
        Assert.Equal(ObjectMatch.Of(theirs), await Match("second lamp"));
        Assert.Equal(ObjectMatch.NotFound, await Match("3rd lamp"));
    }

    [Fact]
    public async Task A_name_that_starts_with_an_ordinal_word_is_matched_as_a_name_first()
    {
        var kit = Put("first aid kit", _room);
        Put("aid", _room);
        Assert.Equal(ObjectMatch.Of(kit), await Match("first aid kit"));
    }

    [Fact]
    public async Task Here_is_no_object_for_a_player_who_is_nowhere()
    {
        _world.Move(_player, SpecialObjects.Nothing);
        Assert.Equal(ObjectMatch.Nothing, await Match("here"));
    }
}
