using ActorMoo.Net.Markup;
using FsCheck;
using FsCheck.Fluent;

namespace ActorMoo.Net.Tests.Markup;

public sealed class MarkupParserTests
{
    private static string Plain(string markup) => new PlainRenderer().Render(markup);

    [Theory]
    [InlineData("{b}bold{/b} text", "bold text")]
    [InlineData("{{b}} is literal", "{b}} is literal")]
    [InlineData("{hello} stays", "{hello} stays")]
    [InlineData("{ b } stays", "{ b } stays")]
    [InlineData("{#12} stays", "{#12} stays")]
    [InlineData("a } alone", "a } alone")]
    [InlineData("unclosed {b", "unclosed {b")]
    [InlineData("{/} stray close", " stray close")]
    [InlineData("tab\there", "tab here")]
    [InlineData("cr\r\nlf", "cr\nlf")]
    [InlineData("esc\u001b[31m gone", "esc[31m gone")]
    public void Parser_must_follow_the_documented_rules(string markup, string expected)
    {
        Assert.Equal(expected, Plain(markup));
    }

    [Fact]
    public void Closing_a_named_tag_must_also_close_tags_opened_inside_it()
    {
        var html = new HtmlRenderer().Render("{b}{red}x{/b}y");

        Assert.Equal("<span class=\" b fg-red\">x</span>y", html);
    }

    [Fact]
    public void Styles_must_not_leak_into_the_next_message()
    {
        var renderer = new AnsiRenderer(Actors.Sessions.Protocol.ColorSupport.Ansi16);

        Assert.Equal("\u001b[0;31mopen\u001b[0m", renderer.Render("{red}open"));
        Assert.Equal("next", renderer.Render("next"));
    }

    [Fact]
    public void Parser_must_never_throw_nor_emit_control_characters_for_any_input()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            string plain = Plain(text ?? "");
            string ansi = new AnsiRenderer(Actors.Sessions.Protocol.ColorSupport.TrueColor).Render(text ?? "");
            return !plain.Any(c => c != '\n' && char.IsControl(c))
                && !ansi.Replace("\u001b[", "", StringComparison.Ordinal).Any(c => c != '\n' && char.IsControl(c));
        }).QuickCheckThrowOnFailure();
    }
}
