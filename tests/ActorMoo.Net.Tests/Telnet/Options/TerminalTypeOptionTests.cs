using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Tests.Support;
using ActorMoo.TestKit;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Telnet.Options;

public sealed class TerminalTypeOptionTests(ITestOutputHelper output) : ActorTestKit(output)
{
    private static bool IsSend(byte[] payload) => payload is [1];

    [Fact]
    public async Task An_mtts_client_must_be_asked_three_times_and_its_bits_used()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        await telnet.SendAsync(T.Neg(T.Will, 24));
        await telnet.WaitForAsync(r => r.Subnegotiations.Count(s => IsSend(s.Payload)) == 1, "the first SEND");
        await telnet.SendAsync(T.Sub(24, [0, .. "MUDLET"u8]));
        await telnet.WaitForAsync(r => r.Subnegotiations.Count(s => IsSend(s.Payload)) == 2, "the second SEND");
        await telnet.SendAsync(T.Sub(24, [0, .. "ANSI-256COLOR"u8]));
        await telnet.WaitForAsync(r => r.Subnegotiations.Count(s => IsSend(s.Payload)) == 3, "the third SEND");
        await telnet.SendAsync(T.Sub(24, [0, .. "MTTS 2829"u8]));

        TerminalChanged last = await telnet.Sessions.FishForMessageAsync<TerminalChanged>(t => t.Terminal.Color == ColorSupport.TrueColor);
        Assert.Equal("MUDLET", last.Terminal.ClientName);
        Assert.True(last.Terminal.Utf8);
        await telnet.SendLineAsync("sync");
        await telnet.Sessions.FishForMessageAsync<Input>(_ => true);
        Assert.Equal(3, telnet.Received().Subnegotiations.Count(s => s.Option == 24));
    }

    [Fact]
    public async Task A_client_that_repeats_its_type_must_not_be_asked_again()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        await telnet.SendAsync(T.Neg(T.Will, 24));
        await telnet.WaitForAsync(r => r.Subnegotiations.Count(s => IsSend(s.Payload)) == 1, "the first SEND");
        await telnet.SendAsync(T.Sub(24, [0, .. "XTERM-256COLOR"u8]));
        await telnet.WaitForAsync(r => r.Subnegotiations.Count(s => IsSend(s.Payload)) == 2, "the second SEND");
        await telnet.SendAsync(T.Sub(24, [0, .. "XTERM-256COLOR"u8]));
        await telnet.SendAsync(T.Sub(24, [0, .. "unasked"u8]));
        await telnet.SendLineAsync("sync");

        Assert.Equal(ColorSupport.Ansi256, (await telnet.Sessions.ExpectMsgAsync<TerminalChanged>()).Terminal.Color);
        await telnet.Sessions.ExpectMsgAsync<Input>();
        Assert.Equal(2, telnet.Received().Subnegotiations.Count(s => s.Option == 24));
    }
}
