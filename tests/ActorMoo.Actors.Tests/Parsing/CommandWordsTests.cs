using ActorMoo.Actors.Parsing;

namespace ActorMoo.Actors.Tests.Parsing;

public sealed class CommandWordsTests
{
    [Fact]
    public void Words_are_separated_by_runs_of_spaces() =>
        Assert.Equal(new[] { "take", "yellow", "bird" }, CommandWords.Split("  take   yellow bird  "));

    [Fact]
    public void The_manuals_quoting_example_splits_as_documented() =>
        Assert.Equal(new[] { "foo", "bar mumble", "baz frotz", "blort" }, CommandWords.Split("foo \"bar mumble\" baz\" \"fr\"otz\" bl\"o\"rt"));

    [Fact]
    public void A_backslash_takes_the_next_character_literally() =>
        Assert.Equal(new[] { "say", "\"hi\"", "a b" }, CommandWords.Split("say \\\"hi\\\" a\\ b"));

    [Fact]
    public void A_trailing_backslash_is_dropped() =>
        Assert.Equal(new[] { "end" }, CommandWords.Split("end\\"));

    [Fact]
    public void An_unclosed_quote_runs_to_the_end_of_the_line() =>
        Assert.Equal(new[] { "say", "open quote " }, CommandWords.Split("say \"open quote "));

    [Fact]
    public void An_empty_quoted_word_is_a_word() =>
        Assert.Equal(new[] { "x", "", "y" }, CommandWords.Split("x \"\" y"));

    [Fact]
    public void The_text_after_the_first_word_is_kept_as_typed()
    {
        Assert.Equal("yellow  \"bird\"", CommandWords.AfterFirstWord("put   yellow  \"bird\""));
        Assert.Equal("rest", CommandWords.AfterFirstWord("\"quoted verb\" rest"));
        Assert.Equal("", CommandWords.AfterFirstWord("look"));
    }
}
