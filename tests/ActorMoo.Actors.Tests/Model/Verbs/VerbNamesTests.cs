using ActorMoo.Actors.Model;

namespace ActorMoo.Actors.Tests.Model.Verbs;

public sealed class VerbNamesTests
{
    [Theory]
    [InlineData("foo")]
    [InlineData("foob")]
    [InlineData("fooba")]
    [InlineData("foobar")]
    public void An_inner_star_matches_every_prefix_at_least_as_long_as_the_part_before_it(string word) =>
        Assert.True(VerbNames.Matches("foo*bar", word));

    [Theory]
    [InlineData("fo")]
    [InlineData("f")]
    [InlineData("foobarx")]
    [InlineData("foox")]
    [InlineData("")]
    public void An_inner_star_matches_nothing_shorter_than_the_part_before_it_or_longer_than_the_whole(string word) =>
        Assert.False(VerbNames.Matches("foo*bar", word));

    [Theory]
    [InlineData("foo")]
    [InlineData("food")]
    [InlineData("foobarbaz")]
    public void A_trailing_star_matches_any_extension(string word) =>
        Assert.True(VerbNames.Matches("foo*", word));

    [Fact]
    public void A_trailing_star_still_needs_the_part_before_it() =>
        Assert.False(VerbNames.Matches("foo*", "fo"));

    [Theory]
    [InlineData("")]
    [InlineData("anything")]
    [InlineData("@create")]
    public void A_lone_star_matches_every_word(string word) =>
        Assert.True(VerbNames.Matches("*", word));

    [Theory]
    [InlineData("l", true)]
    [InlineData("lo", true)]
    [InlineData("look", true)]
    [InlineData("looks", false)]
    public void The_look_verb_of_LambdaCore_answers_to_its_abbreviations(string word, bool expected) =>
        Assert.Equal(expected, VerbNames.Matches("l*ook", word));

    [Fact]
    public void A_name_without_a_star_matches_only_itself()
    {
        Assert.True(VerbNames.Matches("inventory", "inventory"));
        Assert.False(VerbNames.Matches("inventory", "inv"));
    }

    [Theory]
    [InlineData("get")]
    [InlineData("take")]
    public void Any_of_several_space_separated_names_can_match(string word) =>
        Assert.True(VerbNames.Matches("get take", word));

    [Fact]
    public void Several_names_do_not_match_a_word_that_fits_none_of_them() =>
        Assert.False(VerbNames.Matches("get take", "drop"));

    [Fact]
    public void Matching_ignores_the_case_of_letters()
    {
        Assert.True(VerbNames.Matches("L*ook", "LOO"));
        Assert.True(VerbNames.Matches("@Create", "@create"));
    }

    [Fact]
    public void Extra_spaces_between_names_are_ignored() =>
        Assert.Equal(["get", "take"], VerbNames.Split("  get   take "));

    [Fact]
    public void A_later_trailing_star_allows_an_extension_after_an_inner_star()
    {
        Assert.True(VerbNames.Matches("a*b*", "abxyz"));
        Assert.True(VerbNames.Matches("a*b*", "a"));
        Assert.False(VerbNames.Matches("a*b*", "ax"));
    }
}
