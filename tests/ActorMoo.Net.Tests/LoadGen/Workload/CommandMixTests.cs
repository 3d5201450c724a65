using ActorMoo.LoadGen.Workload;

namespace ActorMoo.Net.Tests.LoadGen.Workload;

public class CommandMixTests
{
    [Fact]
    public void Mix_must_draw_only_kinds_with_a_positive_weight()
    {
        Assert.True(CommandMix.TryParse("look=0, say=3", out var mix, out _));

        var random = new Random(7);
        var drawn = Enumerable.Range(0, 200).Select(_ => mix!.Next(random)).Distinct();

        Assert.Equal([CommandKind.Say], drawn);
    }

    [Fact]
    public void Mix_must_draw_every_weighted_kind_of_the_default()
    {
        Assert.True(CommandMix.TryParse(CommandMix.Default, out var mix, out _));

        var random = new Random(1);
        var drawn = Enumerable.Range(0, 2000).Select(_ => mix!.Next(random)).ToHashSet();

        Assert.Equal(Enum.GetValues<CommandKind>().ToHashSet(), drawn);
    }

    [Fact]
    public void Mix_must_print_itself_without_zero_weights()
    {
        Assert.True(CommandMix.TryParse("look=4, say=0,getdrop=1", out var mix, out _));

        Assert.Equal("look=4,getdrop=1", mix!.ToString());
    }

    [Theory]
    [InlineData("dance=1", "dance=1")]
    [InlineData("look", "look")]
    [InlineData("look=-1", "weight of look")]
    [InlineData("look=0", "at least one")]
    [InlineData("", "at least one")]
    public void Mix_must_refuse_bad_text_and_say_why(string text, string expected)
    {
        Assert.False(CommandMix.TryParse(text, out var mix, out string error));

        Assert.Null(mix);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_must_alternate_moves_and_get_drop()
    {
        Assert.True(CommandMix.TryParse("move=1", out var moves, out _));
        Assert.True(CommandMix.TryParse("getdrop=1", out var gets, out _));

        var walker = new PlayerScript(moves!, seed: 1);
        var carrier = new PlayerScript(gets!, seed: 1);

        Assert.Equal(["north", "south", "north"], new[] { walker.Next(), walker.Next(), walker.Next() });
        Assert.Equal(["get lamp", "drop lamp", "get lamp"], new[] { carrier.Next(), carrier.Next(), carrier.Next() });
    }
}
