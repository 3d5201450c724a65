using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Telnet.Negotiation;

namespace ActorMoo.Net.Tests.Telnet.Negotiation;

public sealed class TerminalStateTests
{
    [Theory]
    [InlineData(1, ColorSupport.Ansi16)]
    [InlineData(1 | 8, ColorSupport.Ansi256)]
    [InlineData(1 | 8 | 256, ColorSupport.TrueColor)]
    [InlineData(0, ColorSupport.None)]
    public void Mtts_bits_must_decide_the_colour_depth(int bits, ColorSupport expected)
    {
        Assert.Equal(expected, new TerminalState { Mtts = bits, TerminalType = "XTERM-256COLOR" }.ToCapabilities().Color);
    }

    [Theory]
    [InlineData("XTERM-256COLOR", ColorSupport.Ansi256)]
    [InlineData("ANSI-TRUECOLOR", ColorSupport.TrueColor)]
    [InlineData("VT100", ColorSupport.Ansi16)]
    [InlineData("DUMB", ColorSupport.None)]
    public void Without_mtts_the_terminal_type_must_decide_the_colour_depth(string type, ColorSupport expected)
    {
        Assert.Equal(expected, new TerminalState { TerminalType = type }.ToCapabilities().Color);
    }

    [Fact]
    public void The_screen_reader_bit_must_be_reported()
    {
        Assert.True(new TerminalState { Mtts = 1 | 64 }.ToCapabilities().ScreenReader);
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData(true, 0, true)]
    [InlineData(false, 4, true)]
    [InlineData(false, 0, false)]
    [InlineData(false, null, false)]
    [InlineData(null, 1, false)]
    public void Utf8_must_come_from_charset_then_from_the_mtts_bit(bool? charset, int? mtts, bool expected)
    {
        Assert.Equal(expected, new TerminalState { CharsetUtf8 = charset, Mtts = mtts }.ToCapabilities().Utf8);
    }
}
