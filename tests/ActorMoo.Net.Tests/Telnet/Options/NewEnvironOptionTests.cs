using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Tests.Support;
using ActorMoo.TestKit;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Telnet.Options;

public sealed class NewEnvironOptionTests(ITestOutputHelper output) : ActorTestKit(output)
{
    [Fact]
    public async Task The_client_name_and_version_must_be_asked_for_and_read()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        await telnet.SendAsync(T.Neg(T.Will, 39));
        byte[] send = await telnet.WaitForSubnegotiationAsync(39, p => p[0] == 1, "SEND");
        await telnet.SendAsync(T.Sub(39, [0, 0, .. "CLIENT_NAME"u8, 1, .. "Mudlet"u8, 3, .. "USER"u8, 1, .. "x"u8, 0, .. "CLIENT_VERSION"u8, 1, .. "4.17"u8]));

        Assert.Contains("CLIENT_VERSION", System.Text.Encoding.ASCII.GetString(send), StringComparison.Ordinal);
        TerminalChanged changed = await telnet.Sessions.ExpectMsgAsync<TerminalChanged>();
        Assert.Equal(("Mudlet", "4.17"), (changed.Terminal.ClientName, changed.Terminal.ClientVersion));
    }

    [Fact]
    public async Task A_variable_list_that_does_not_start_with_a_marker_must_be_ignored()
    {
        await using var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();

        await telnet.SendAsync([.. T.Neg(T.Will, 39), .. T.Sub(39, [0, .. "garbage"u8]), .. T.Sub(39, [])]);
        await telnet.SendLineAsync("after");

        Assert.Equal("after", (await telnet.Sessions.ExpectMsgAsync<Input>()).Line);
    }
}
