using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Tests.Support;
using ActorMoo.TestKit;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Telnet.Options;

public sealed class GmcpOptionTests(ITestOutputHelper output) : ActorTestKit(output)
{
    private static async Task<TelnetPipeHarness> AgreedAsync(ActorTestKit kit)
    {
        var telnet = new TelnetPipeHarness(kit);
        await telnet.OpenedAsync();
        await telnet.SendAsync(T.Neg(T.Do, 201));
        return telnet;
    }

    [Fact]
    public async Task Core_ping_must_be_answered_at_the_edge_and_not_forwarded()
    {
        await using TelnetPipeHarness telnet = await AgreedAsync(this);

        await telnet.SendAsync(T.Sub(201, "Core.Ping"));

        await telnet.WaitForSubnegotiationAsync(201, p => p.SequenceEqual("Core.Ping"u8.ToArray()), "Core.Ping");
        await telnet.SendLineAsync("sync");
        Assert.IsType<Input>(await telnet.Sessions.ExpectMsgAsync<ISessionMessage>());
    }

    [Fact]
    public async Task Core_hello_and_supports_must_be_forwarded_and_hello_must_name_the_client()
    {
        await using TelnetPipeHarness telnet = await AgreedAsync(this);

        await telnet.SendAsync([.. T.Sub(201, "Core.Hello {\"client\":\"Mudlet\",\"version\":\"4.17.2\"}"), .. T.Sub(201, "Core.Supports.Set [\"Char 1\", \"Room 1\"]")]);

        TerminalChanged changed = await telnet.Sessions.ExpectMsgAsync<TerminalChanged>();
        Assert.Equal(("Mudlet", "4.17.2"), (changed.Terminal.ClientName, changed.Terminal.ClientVersion));
        Assert.Equal(new ClientOob("telnet-test", "Core.Hello", "{\"client\":\"Mudlet\",\"version\":\"4.17.2\"}"), await telnet.Sessions.ExpectMsgAsync<ClientOob>());
        Assert.Equal(new ClientOob("telnet-test", "Core.Supports.Set", "[\"Char 1\", \"Room 1\"]"), await telnet.Sessions.ExpectMsgAsync<ClientOob>());
    }

    [Theory]
    [InlineData("Core.Hello {not json")]
    [InlineData("Bad Package! {}")]
    [InlineData("Char.Vitals {} trailing")]
    [InlineData(".Leading {}")]
    public async Task Malformed_messages_must_not_reach_the_session(string message)
    {
        await using TelnetPipeHarness telnet = await AgreedAsync(this);

        await telnet.SendAsync(T.Sub(201, message));
        await telnet.SendLineAsync("sync");

        Assert.IsType<Input>(await telnet.Sessions.ExpectMsgAsync<ISessionMessage>());
    }

    [Fact]
    public async Task Invalid_utf8_in_a_message_must_not_reach_the_session()
    {
        await using TelnetPipeHarness telnet = await AgreedAsync(this);

        await telnet.SendAsync(T.Sub(201, [.. "Comm.Channel.Text \""u8, 0xC3, 0x28, (byte)'"']));
        await telnet.SendLineAsync("sync");

        Assert.IsType<Input>(await telnet.Sessions.ExpectMsgAsync<ISessionMessage>());
    }

    [Fact]
    public async Task World_packages_must_be_framed_for_the_client_once_gmcp_is_agreed()
    {
        var telnet = new TelnetPipeHarness(this);
        await telnet.OpenedAsync();
        telnet.Client.Tell(new OobOutput("telnet-test", "Room.Info", "{\"num\":1}"));
        telnet.Client.Tell(new Output("telnet-test", "before"));
        await telnet.WaitForTextAsync("before");
        await telnet.SendAsync(T.Neg(T.Do, 201));
        await telnet.SyncInputAsync();

        telnet.Client.Tell(new OobOutput("telnet-test", "Room.Info", "{\"num\":2,\"exits\":{\"n\":3}}"));

        await telnet.WaitForSubnegotiationAsync(201, p => p.SequenceEqual("Room.Info {\"num\":2,\"exits\":{\"n\":3}}"u8.ToArray()), "Room.Info");
        Assert.Single(telnet.Received().Subnegotiations, s => s.Option == 201);
        await telnet.DisposeAsync();
    }
}
