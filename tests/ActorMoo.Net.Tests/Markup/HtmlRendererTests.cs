using ActorMoo.Net.Markup;

namespace ActorMoo.Net.Tests.Markup;

public sealed class HtmlRendererTests
{
    [Fact]
    public void Text_and_attributes_must_be_html_escaped()
    {
        string html = new HtmlRenderer().Render("<script>&\"'{link=say \"<b>\"}x{/link}");

        Assert.Equal("&lt;script&gt;&amp;&quot;&#39;<a class=\"cmd\" data-cmd=\"say &quot;&lt;b&gt;&quot;\">x</a>", html);
    }

    [Fact]
    public void Exact_colours_must_be_inline_styles_and_palette_colours_classes()
    {
        string html = new HtmlRenderer().Render("{#102030}{bg=bright-blue}x{/bg}{/}");

        Assert.Equal("<span class=\" bg-bright-blue\" style=\"color:#102030;\">x</span>", html);
    }

    [Fact]
    public void Newlines_must_stay_newlines()
    {
        Assert.Equal("a\nb", new HtmlRenderer().Render("a\nb"));
    }
}
