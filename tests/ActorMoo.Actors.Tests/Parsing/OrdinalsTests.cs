using ActorMoo.Actors.Parsing;

namespace ActorMoo.Actors.Tests.Parsing;

public sealed class OrdinalsTests
{
    [Theory]
    [InlineData("first lamp", 1)]
    [InlineData("Second lamp", 2)]
    [InlineData("tenth lamp", 10)]
    [InlineData("1st lamp", 1)]
    [InlineData("2nd lamp", 2)]
    [InlineData("3rd lamp", 3)]
    [InlineData("4th lamp", 4)]
    [InlineData("11th lamp", 11)]
    [InlineData("21st lamp", 21)]
    public void Ordinal_words_give_a_position(string phrase, int expected)
    {
        Assert.True(Ordinals.TrySplit(phrase, out var position, out var rest));
        Assert.Equal(expected, position);
        Assert.Equal("lamp", rest);
    }

    [Theory]
    [InlineData("lamp")]
    [InlineData("2nd")]
    [InlineData("2th lamp")]
    [InlineData("0th lamp")]
    [InlineData("big lamp")]
    public void Phrases_without_a_proper_ordinal_are_left_alone(string phrase) =>
        Assert.False(Ordinals.TrySplit(phrase, out _, out _));
}
