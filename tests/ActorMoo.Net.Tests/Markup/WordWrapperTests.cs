using System.Text;
using ActorMoo.Net.Markup;

namespace ActorMoo.Net.Tests.Markup;

public sealed class WordWrapperTests
{
    private static string Wrap(string text, int width)
    {
        var output = new StringBuilder();
        var wrapper = new WordWrapper();
        wrapper.Begin(output, width, "\n");
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                wrapper.NewLine();
            }

            wrapper.Text(lines[i]);
        }

        wrapper.End();
        return output.ToString();
    }

    [Fact]
    public void Words_must_move_to_the_next_line_instead_of_being_split()
    {
        Assert.Equal("the quick\nbrown fox", Wrap("the quick brown fox", 10));
    }

    [Fact]
    public void A_word_longer_than_the_line_must_be_cut()
    {
        Assert.Equal("abcde\nfghij\nk", Wrap("abcdefghijk", 5));
    }

    [Fact]
    public void Leading_indentation_and_a_prompt_trailing_space_must_be_kept()
    {
        Assert.Equal("  indented:", Wrap("  indented:", 40)[..11]);
        Assert.Equal("Password: ", Wrap("Password: ", 40));
    }

    [Fact]
    public void Width_zero_must_not_wrap()
    {
        string line = new('x', 500);

        Assert.Equal(line, Wrap(line, 0));
    }
}
