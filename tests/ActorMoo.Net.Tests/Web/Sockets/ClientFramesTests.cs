using System.Text;
using ActorMoo.Net.Web.Sockets;

namespace ActorMoo.Net.Tests.Web.Sockets;

public sealed class ClientFramesTests
{
    private static ClientFrame Parse(string json, int maxLineLength = 100) => ClientFrames.Parse(Encoding.UTF8.GetBytes(json), maxLineLength);

    [Fact]
    public void Input_frame_must_give_the_line()
    {
        Assert.Equal(new ClientFrame.Line("look north"), Parse("""{"type":"input","line":"look north"}"""));
    }

    [Fact]
    public void Input_line_must_lose_control_characters_and_be_cut_to_the_limit()
    {
        Assert.Equal(new ClientFrame.Line("say hi there"), Parse("""{"type":"input","line":"say \u001bhi\tthere\r\n"}"""));
        Assert.Equal(new ClientFrame.Line("abcde"), Parse("""{"type":"input","line":"abcdefgh"}""", 5));
    }

    [Fact]
    public void Cutting_a_line_must_not_split_a_surrogate_pair()
    {
        Assert.Equal("ab", ClientFrames.CleanLine("ab\U0001F600", 3));
    }

    [Fact]
    public void Oob_frame_must_carry_the_package_and_its_raw_json()
    {
        Assert.Equal(new ClientFrame.Oob("Core.Hello", """{"client":"test","version":"1"}"""),
            Parse("""{"type":"oob","package":"Core.Hello","data":{"client":"test","version":"1"}}"""));
        Assert.Equal(new ClientFrame.Oob("Core.Ping", ""), Parse("""{"type":"oob","package":"Core.Ping"}"""));
    }

    [Fact]
    public void Resize_frame_must_give_the_size()
    {
        Assert.Equal(new ClientFrame.Resize(120, 40), Parse("""{"type":"resize","width":120,"height":40}"""));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"line":"look"}""")]
    [InlineData("""{"type":"shout","line":"look"}""")]
    [InlineData("""{"type":"input"}""")]
    [InlineData("""{"type":"input","line":5}""")]
    [InlineData("""{"type":"oob","package":"Bad Package!"}""")]
    [InlineData("""{"type":"oob"}""")]
    [InlineData("""{"type":"resize","width":0,"height":40}""")]
    [InlineData("""{"type":"resize","width":"wide","height":40}""")]
    public void Malformed_frames_must_be_invalid_with_a_reason(string json)
    {
        var invalid = Assert.IsType<ClientFrame.Invalid>(Parse(json));
        Assert.False(string.IsNullOrWhiteSpace(invalid.Reason));
    }
}
