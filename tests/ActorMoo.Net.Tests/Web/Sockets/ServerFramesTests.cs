using System.Text.Json;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Markup;
using ActorMoo.Net.Web.Sockets;

namespace ActorMoo.Net.Tests.Web.Sockets;

public sealed class ServerFramesTests
{
    private readonly HtmlRenderer _html = new();

    private JsonElement Encode(ISessionOutput output) => JsonDocument.Parse(ServerFrames.Encode(output, _html)).RootElement;

    [Fact]
    public void Output_must_become_a_text_frame_whose_html_cannot_inject_tags()
    {
        var frame = Encode(new Output("web-1", "<script>alert(1)</script> & more"));

        Assert.Equal("text", frame.GetProperty("type").GetString());
        var html = frame.GetProperty("html").GetString()!;
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Markup_must_be_rendered_as_html_with_command_links()
    {
        var html = Encode(new Output("web-1", "{b}Lobby{/b} exits: {link=go north}north{/link}")).GetProperty("html").GetString()!;

        Assert.Contains("<span class=\"", html);
        Assert.Contains("Lobby", html);
        Assert.Contains("data-cmd=\"go north\"", html);
        Assert.DoesNotContain("{b}", html);
    }

    [Fact]
    public void Prompt_echo_and_disconnect_must_have_their_own_frames()
    {
        Assert.Equal("prompt", Encode(new Prompt("web-1", "> ")).GetProperty("type").GetString());
        var echo = Encode(new InputEcho("web-1", Hidden: true));
        Assert.Equal("echo", echo.GetProperty("type").GetString());
        Assert.True(echo.GetProperty("hidden").GetBoolean());
        var disconnect = Encode(new Disconnect("web-1", "Goodbye."));
        Assert.Equal("disconnect", disconnect.GetProperty("type").GetString());
        Assert.Contains("Goodbye.", disconnect.GetProperty("html").GetString());
    }

    [Fact]
    public void Oob_output_must_carry_its_data_as_json()
    {
        var frame = Encode(new OobOutput("web-1", "Room.Info", """{"num":1,"name":"Lobby"}"""));

        Assert.Equal("oob", frame.GetProperty("type").GetString());
        Assert.Equal("Room.Info", frame.GetProperty("package").GetString());
        Assert.Equal("Lobby", frame.GetProperty("data").GetProperty("name").GetString());
    }

    [Fact]
    public void Oob_output_without_data_must_carry_null_and_invalid_data_must_travel_as_a_string()
    {
        Assert.Equal(JsonValueKind.Null, Encode(new OobOutput("web-1", "Core.Ping", "")).GetProperty("data").ValueKind);
        Assert.Equal("{broken", Encode(new OobOutput("web-1", "X", "{broken")).GetProperty("data").GetString());
    }

    [Fact]
    public void Error_frame_must_carry_the_message()
    {
        var frame = JsonDocument.Parse(ServerFrames.Error("bad frame")).RootElement;

        Assert.Equal("error", frame.GetProperty("type").GetString());
        Assert.Equal("bad frame", frame.GetProperty("message").GetString());
    }
}
