using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Tests.Support;
using ActorMoo.TestKit;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Telnet.Options;

public sealed class CharsetOptionTests(ITestOutputHelper output) : ActorTestKit(output)
{
    [Fact]
    public async Task Utf8_must_be_requested_once_the_client_agrees_and_acceptance_recorded()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        await telnet.SendAsync(T.Neg(T.Do, 42));
        await telnet.WaitForSubnegotiationAsync(42, p => p.SequenceEqual((byte[])[1, .. ";UTF-8"u8]), "REQUEST ;UTF-8");
        await telnet.SendAsync(T.Sub(42, [2, .. "UTF-8"u8]));

        Assert.True((await telnet.Sessions.ExpectMsgAsync<TerminalChanged>()).Terminal.Utf8);
    }

    [Fact]
    public async Task A_rejection_must_fall_back_to_the_mtts_bit_and_output_must_then_be_ascii()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        await telnet.SendAsync(T.Neg(T.Do, 42));
        await telnet.WaitForSubnegotiationAsync(42, p => p[0] == 1, "REQUEST");
        await telnet.SendAsync(T.Sub(42, 3));

        Assert.False((await telnet.Sessions.ExpectMsgAsync<TerminalChanged>()).Terminal.Utf8);
        telnet.Client.Tell(new Output("telnet-test", "café"));
        await telnet.WaitForTextAsync("caf?\r\n");
    }

    [Fact]
    public async Task Input_from_a_client_that_refused_utf8_must_be_read_as_latin1()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        await telnet.SendAsync(T.Neg(T.Dont, 42));
        await telnet.Sessions.ExpectMsgAsync<TerminalChanged>();
        await telnet.SendAsync([(byte)'c', 0xE9, 13, 10]);

        Assert.Equal("cé", (await telnet.Sessions.ExpectMsgAsync<Input>()).Line);
    }

    [Fact]
    public async Task A_client_request_listing_utf8_must_be_accepted()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        await telnet.SendAsync([.. T.Neg(T.Will, 42), .. T.Sub(42, [1, .. " ISO-8859-1 UTF-8"u8])]);

        await telnet.WaitForSubnegotiationAsync(42, p => p.SequenceEqual((byte[])[2, .. "UTF-8"u8]), "ACCEPTED UTF-8");
    }
}
