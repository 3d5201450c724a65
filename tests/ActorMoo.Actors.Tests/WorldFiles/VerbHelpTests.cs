using ActorMoo.Actors.WorldFiles;

namespace ActorMoo.Actors.Tests.WorldFiles;

public sealed class VerbHelpTests
{
    [Theory]
    [InlineData("Usage: look\n", "return 1\n")]
    [InlineData("ends with a bracket [x]", "")]
    [InlineData("has ]] and ]=] inside\n", "print(1)")]
    [InlineData("", "code")]
    [InlineData("no newline", "")]
    public void Split_must_give_back_exactly_what_Join_was_given(string help, string source)
    {
        var code = VerbHelp.Join(help, source);

        Assert.Equal((help, source), VerbHelp.Split(code));
    }

    [Fact]
    public void Join_must_write_a_leading_lua_long_comment_tagged_help()
    {
        Assert.Equal("--[[help\nUsage: look\n]]\nreturn 1", VerbHelp.Join("Usage: look\n", "return 1"));
    }

    [Fact]
    public void Join_must_pick_a_bracket_level_the_text_does_not_close()
    {
        Assert.StartsWith("--[=[help\n", VerbHelp.Join("a ]] b", ""));
    }

    [Theory]
    [InlineData("return 1")]
    [InlineData("--[[ an ordinary comment ]]\nreturn 1")]
    [InlineData("--[[help\nnever closed")]
    public void Code_without_a_help_comment_must_split_into_no_help_and_the_whole_code(string code)
    {
        Assert.Equal((null, code), VerbHelp.Split(code));
    }

    [Fact]
    public void No_help_must_leave_the_code_unchanged()
    {
        Assert.Equal("return 1", VerbHelp.Join(null, "return 1"));
    }
}
