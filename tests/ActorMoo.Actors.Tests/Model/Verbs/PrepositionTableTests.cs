using ActorMoo.Actors.Model;

namespace ActorMoo.Actors.Tests.Model.Verbs;

public sealed class PrepositionTableTests
{
    private static (Preposition, int, int) Find(string words) =>
        PrepositionTable.FindFirst(words.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("with", Preposition.With)]
    [InlineData("using", Preposition.With)]
    [InlineData("at", Preposition.At)]
    [InlineData("to", Preposition.At)]
    [InlineData("in", Preposition.In)]
    [InlineData("inside", Preposition.In)]
    [InlineData("into", Preposition.In)]
    [InlineData("on", Preposition.On)]
    [InlineData("onto", Preposition.On)]
    [InlineData("upon", Preposition.On)]
    [InlineData("from", Preposition.OutOf)]
    [InlineData("over", Preposition.Over)]
    [InlineData("through", Preposition.Through)]
    [InlineData("under", Preposition.Under)]
    [InlineData("underneath", Preposition.Under)]
    [InlineData("beneath", Preposition.Under)]
    [InlineData("behind", Preposition.Behind)]
    [InlineData("beside", Preposition.Beside)]
    [InlineData("for", Preposition.For)]
    [InlineData("about", Preposition.For)]
    [InlineData("is", Preposition.Is)]
    [InlineData("as", Preposition.As)]
    [InlineData("off", Preposition.Off)]
    public void Every_single_word_preposition_of_LambdaMOO_is_found(string word, Preposition expected) =>
        Assert.Equal((expected, 1, 1), Find($"x {word} y"));

    [Theory]
    [InlineData("in front of", Preposition.InFrontOf)]
    [InlineData("on top of", Preposition.On)]
    [InlineData("out of", Preposition.OutOf)]
    [InlineData("from inside", Preposition.OutOf)]
    public void Multi_word_prepositions_are_found_whole(string phrase, Preposition expected)
    {
        var length = phrase.Split(' ').Length;
        Assert.Equal((expected, 1, length), Find($"x {phrase} y"));
    }

    [Fact]
    public void Off_of_is_found_as_off_because_LambdaMOO_lists_off_first() =>
        Assert.Equal((Preposition.Off, 1, 1), Find("x off of y"));

    [Fact]
    public void The_leftmost_preposition_wins() =>
        Assert.Equal((Preposition.In, 1, 1), Find("ball in box on table"));

    [Fact]
    public void Prepositions_are_found_regardless_of_case() =>
        Assert.Equal((Preposition.InFrontOf, 0, 2), Find("IN Front OF"));

    [Fact]
    public void A_command_without_a_preposition_finds_none() =>
        Assert.Equal(Preposition.None, Find("big red ball").Item1);

    [Theory]
    [InlineData("none", Preposition.None)]
    [InlineData("any", Preposition.Any)]
    [InlineData("with/using", Preposition.With)]
    [InlineData("using", Preposition.With)]
    [InlineData("in front of", Preposition.InFrontOf)]
    [InlineData("on top of/on/onto/upon", Preposition.On)]
    [InlineData("onto", Preposition.On)]
    [InlineData("3", Preposition.In)]
    [InlineData("#14", Preposition.Off)]
    public void Argument_spec_prepositions_are_read_in_every_written_form(string text, Preposition expected)
    {
        Assert.True(PrepositionTable.TryParse(text, out var preposition));
        Assert.Equal(expected, preposition);
    }

    [Theory]
    [InlineData("sideways")]
    [InlineData("15")]
    [InlineData("in front")]
    public void Unknown_prepositions_are_refused(string text) =>
        Assert.False(PrepositionTable.TryParse(text, out _));

    [Fact]
    public void Every_set_formats_as_its_phrases_and_reads_back()
    {
        foreach (var preposition in PrepositionTable.All)
        {
            Assert.True(PrepositionTable.TryParse(PrepositionTable.Format(preposition), out var back));
            Assert.Equal(preposition, back);
        }
        Assert.Equal(15, PrepositionTable.All.Count());
        Assert.Equal("out of/from inside/from", PrepositionTable.Format(Preposition.OutOf));
        Assert.Equal("with", PrepositionTable.Shortest(Preposition.With));
    }
}
