using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Markup;

namespace ActorMoo.Net.Tests.Markup;

public sealed class AnsiRendererTests
{
    [Theory]
    [InlineData(ColorSupport.Ansi16, "\u001b[0;33mx\u001b[0m")]
    [InlineData(ColorSupport.Ansi256, "\u001b[0;38;5;208mx\u001b[0m")]
    [InlineData(ColorSupport.TrueColor, "\u001b[0;38;2;255;136;0mx\u001b[0m")]
    public void Exact_colours_must_be_brought_down_to_the_client_palette(ColorSupport depth, string expected)
    {
        Assert.Equal(expected, new AnsiRenderer(depth).Render("{#ff8800}x{/}"));
    }

    [Fact]
    public void Emphasis_background_and_links_must_combine_in_one_sequence()
    {
        string rendered = new AnsiRenderer(ColorSupport.Ansi16).Render("{b}{i}{bg=blue}{link=look}L{/link}{/bg}{/i}{/b}");

        Assert.Equal("\u001b[0;1;3;4;44mL\u001b[0m", rendered);
    }

    [Fact]
    public void Styles_must_be_reset_at_each_line_end_and_restored_after_it()
    {
        string rendered = new AnsiRenderer(ColorSupport.Ansi16).Render("{green}a\nb{/green}", newLine: "\r\n");

        Assert.Equal("\u001b[0;32ma\u001b[0m\r\n\u001b[0;32mb\u001b[0m", rendered);
    }

    [Fact]
    public void Wrapping_must_not_count_escape_sequences_as_width()
    {
        string rendered = new AnsiRenderer(ColorSupport.Ansi16).Render("{red}aaaa{/red} bbbb cccc", width: 9);

        Assert.Equal("\u001b[0;31maaaa\u001b[0m bbbb\ncccc", rendered);
    }
}
