using ActorMoo.Actors.Model;
using ActorMoo.Actors.Parsing;

namespace ActorMoo.Actors.Tests.Parsing;

public sealed class CommandParserTests
{
    private static ParsedCommand Parse(string line) => CommandParser.Parse(line) ?? throw new InvalidOperationException("no command");

    [Fact]
    public void The_manuals_example_splits_into_verb_objects_and_preposition()
    {
        var command = Parse("put yellow bird in cuckoo clock");
        Assert.Equal("put", command.Verb);
        Assert.Equal("yellow bird in cuckoo clock", command.Argstr);
        Assert.Equal(new[] { "yellow", "bird", "in", "cuckoo", "clock" }, command.Args);
        Assert.Equal("yellow bird", command.Dobjstr);
        Assert.Equal(Preposition.In, command.Prep);
        Assert.Equal("in", command.Prepstr);
        Assert.Equal("cuckoo clock", command.Iobjstr);
    }

    [Fact]
    public void Without_a_preposition_every_argument_is_the_direct_object()
    {
        var command = Parse("take yellow bird");
        Assert.Equal("yellow bird", command.Dobjstr);
        Assert.Equal(Preposition.None, command.Prep);
        Assert.Equal("", command.Prepstr);
        Assert.Equal("", command.Iobjstr);
    }

    [Fact]
    public void A_bare_verb_has_no_arguments()
    {
        var command = Parse("look");
        Assert.Equal("look", command.Verb);
        Assert.Equal("", command.Argstr);
        Assert.Empty(command.Args);
        Assert.Equal("", command.Dobjstr);
    }

    [Fact]
    public void A_multi_word_preposition_is_taken_whole()
    {
        var command = Parse("look in front of mirror");
        Assert.Equal(Preposition.InFrontOf, command.Prep);
        Assert.Equal("in front of", command.Prepstr);
        Assert.Equal("", command.Dobjstr);
        Assert.Equal("mirror", command.Iobjstr);
    }

    [Fact]
    public void On_top_of_and_out_of_are_recognised()
    {
        Assert.Equal(("ball", "on top of", "table"), Parts(Parse("put ball on top of table")));
        Assert.Equal(("coin", "out of", "box"), Parts(Parse("get coin out of box")));
    }

    [Fact]
    public void The_first_preposition_from_the_left_splits_the_objects()
    {
        var command = Parse("put ball in box on table");
        Assert.Equal(("ball", "in", "box on table"), Parts(command));
    }

    [Fact]
    public void Quoting_keeps_a_preposition_inside_an_object_name()
    {
        var command = Parse("get \"jack in the box\"");
        Assert.Equal(Preposition.None, command.Prep);
        Assert.Equal("jack in the box", command.Dobjstr);
        Assert.Equal("\"jack in the box\"", command.Argstr);
    }

    [Fact]
    public void The_prepstr_keeps_the_case_typed_while_the_set_is_recognised()
    {
        var command = Parse("give coin TO Joe");
        Assert.Equal(Preposition.At, command.Prep);
        Assert.Equal("TO", command.Prepstr);
    }

    [Theory]
    [InlineData("\"Hello, there.", "say", "Hello, there.")]
    [InlineData("\" Hello, there.", "say", "Hello, there.")]
    [InlineData(":waves.", "emote", "waves.")]
    [InlineData(": waves.", "emote", "waves.")]
    [InlineData(";2 + 2", "eval", "2 + 2")]
    [InlineData("; 2 + 2", "eval", "2 + 2")]
    [InlineData("   \"hi", "say", "hi")]
    public void The_say_emote_and_eval_shortcuts_become_their_verbs(string line, string verb, string argstr)
    {
        var command = Parse(line);
        Assert.Equal(verb, command.Verb);
        Assert.Equal(argstr, command.Argstr);
    }

    [Fact]
    public void A_shortcut_alone_is_the_verb_with_no_arguments()
    {
        var command = Parse("\"");
        Assert.Equal("say", command.Verb);
        Assert.Equal("", command.Argstr);
    }

    [Theory]
    [InlineData("")]
    [InlineData("    ")]
    public void A_line_without_words_is_no_command(string line) => Assert.Null(CommandParser.Parse(line));

    [Fact]
    public void A_quoted_verb_word_is_unquoted_and_skipped_for_argstr()
    {
        var command = Parse("@dig\" here\" north");
        Assert.Equal("@dig here", command.Verb);
        Assert.Equal("north", command.Argstr);
    }

    [Fact]
    public void Equal_commands_compare_equal() => Assert.Equal(Parse("get ball"), Parse("get  ball"));

    private static (string, string, string) Parts(ParsedCommand command) => (command.Dobjstr, command.Prepstr, command.Iobjstr);
}
