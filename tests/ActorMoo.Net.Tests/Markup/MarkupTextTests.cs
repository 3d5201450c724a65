using ActorMoo.Actors.Sessions.Markup;
using ActorMoo.Net.Markup;

namespace ActorMoo.Net.Tests.Markup;

public sealed class MarkupTextTests
{
    [Fact]
    public void Escape_must_make_tags_display_literally()
    {
        string escaped = MarkupText.Escape("{link=@quit}click{/link} {red}");

        Assert.Equal("{link=@quit}click{/link} {red}", new PlainRenderer().Render(escaped));
        Assert.Equal("{link=@quit}click{/link} {red}", new AnsiRenderer(Actors.Sessions.Protocol.ColorSupport.Ansi16).Render(escaped));
    }

    [Fact]
    public void Escape_must_remove_control_characters_but_keep_newlines()
    {
        Assert.Equal("ab[31mc\nd", MarkupText.Escape("a\u001bb[31mc\n\u009bd\u0007"));
    }

    [Fact]
    public void Escape_must_return_the_same_instance_when_nothing_needs_escaping()
    {
        const string text = "plain words } and more";

        Assert.Same(text, MarkupText.Escape(text));
    }

    [Fact]
    public void Link_must_clean_the_command_and_escape_the_label()
    {
        string link = MarkupText.Link("go {north}", "{b}north");

        Assert.Equal("{link=go north}{{b}north{/link}", link);
        Assert.Equal("<a class=\"cmd\" data-cmd=\"go north\">{b}north</a>", new HtmlRenderer().Render(link));
    }

    [Fact]
    public void Styled_must_wrap_content_in_a_tag_that_closes_itself()
    {
        Assert.Equal("\u001b[0;31mhi\u001b[0m", new AnsiRenderer(Actors.Sessions.Protocol.ColorSupport.Ansi16).Render(MarkupText.Styled("red", "hi")));
    }
}
