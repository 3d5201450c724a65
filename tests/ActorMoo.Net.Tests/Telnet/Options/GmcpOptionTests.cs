using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Telnet;
using ActorMoo.Net.Telnet.Options;
using ActorMoo.Net.Tests.Support;
using ActorMoo.TestKit;
using Xunit.Abstractions;

namespace ActorMoo.Net.Tests.Telnet.Options;

public sealed class GmcpOptionTests(ITestOutputHelper output) : ActorTestKit(output)
{
    private static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(60);

    /// <summary>GMCP agreed on a connection whose server pings every <paramref name="interval"/> (default <see cref="PingInterval"/>) on <paramref name="time"/>.</summary>
    private static async Task<TelnetPipeHarness> PingingAsync(ActorTestKit kit, ManualTimeProvider time, TimeSpan? interval = null)
    {
        var telnet = new TelnetPipeHarness(kit, new TelnetServerOptions { GmcpPingInterval = interval ?? PingInterval }, time: time);
        await telnet.OpenedAsync();
        await telnet.SendAsync(T.Neg(T.Do, 201));
        await telnet.SyncInputAsync();
        return telnet;
    }

    /// <summary>
    /// Returns once everything the server queued so far has reached the client: the reader's
    /// replies to what was sent before, then a line sent through the same outbound queue after them.
    /// </summary>
    private static async Task AllWrittenAsync(TelnetPipeHarness telnet)
    {
        await telnet.SyncInputAsync();
        telnet.Client.Tell(new Output("telnet-test", "all written"));
        await telnet.WaitForTextAsync("all written");
    }

    private static bool IsPing(byte[] payload) => payload.AsSpan().SequenceEqual("Core.Ping"u8);

    /// <summary>The Core.Ping messages the server has sent so far (its pings and its answers).</summary>
    private static int Pings(TelnetPipeHarness telnet) => telnet.Received().Subnegotiations.Count(s => s.Option == 201 && IsPing(s.Payload));

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
    public async Task The_server_must_ping_every_interval_and_report_the_round_trip_of_the_answer_without_answering_it()
    {
        var time = new ManualTimeProvider();
        await using TelnetPipeHarness telnet = await PingingAsync(this, time);

        time.Advance(PingInterval);
        await telnet.WaitForSubnegotiationAsync(201, IsPing, "the server's Core.Ping");
        time.Advance(TimeSpan.FromMilliseconds(250));
        await telnet.SendAsync(T.Sub(201, "Core.Ping"));

        Assert.Equal(new RoundTripMeasured("telnet-test", TimeSpan.FromMilliseconds(250)), await telnet.Sessions.ExpectMsgAsync<RoundTripMeasured>());
        await AllWrittenAsync(telnet);
        Assert.Equal(1, Pings(telnet));
    }

    [Fact]
    public async Task A_client_ping_while_none_of_ours_is_outstanding_must_be_answered_and_measure_nothing()
    {
        var time = new ManualTimeProvider();
        await using TelnetPipeHarness telnet = await PingingAsync(this, time);
        time.Advance(PingInterval);
        await telnet.WaitForSubnegotiationAsync(201, IsPing, "the server's Core.Ping");
        await telnet.SendAsync(T.Sub(201, "Core.Ping"));
        await telnet.Sessions.ExpectMsgAsync<RoundTripMeasured>();

        await telnet.SendAsync(T.Sub(201, "Core.Ping 42"));

        await telnet.WaitForAsync(received => Pings(telnet) == 2, "the answer to the client's Core.Ping");
        await telnet.SendLineAsync("sync");
        Assert.IsType<Input>(await telnet.Sessions.ExpectMsgAsync<ISessionMessage>());
    }

    [Fact]
    public async Task A_client_that_leaves_two_pings_unanswered_must_not_be_pinged_again()
    {
        var time = new ManualTimeProvider();
        await using TelnetPipeHarness telnet = await PingingAsync(this, time);

        for (int tick = 0; tick < 5; tick++)
        {
            time.Advance(PingInterval);
        }

        await AllWrittenAsync(telnet);
        Assert.Equal(GmcpPinger.MaxUnanswered, Pings(telnet));
        Assert.Equal(0, time.ActiveTimerCount);

        // Its own pings are answered, never taken for answers to ours.
        await telnet.SendAsync(T.Sub(201, "Core.Ping"));
        await telnet.WaitForAsync(received => Pings(telnet) == GmcpPinger.MaxUnanswered + 1, "the answer to the client's Core.Ping");
        await telnet.SendLineAsync("sync");
        Assert.IsType<Input>(await telnet.Sessions.ExpectMsgAsync<ISessionMessage>());
    }

    [Fact]
    public async Task A_zero_interval_must_turn_server_pings_off()
    {
        var time = new ManualTimeProvider();
        await using TelnetPipeHarness telnet = await PingingAsync(this, time, TimeSpan.Zero);

        time.Advance(TimeSpan.FromHours(1));

        await AllWrittenAsync(telnet);
        Assert.Equal(0, Pings(telnet));
        Assert.Equal(0, time.ActiveTimerCount);
    }

    [Fact]
    public async Task The_ping_timer_must_end_with_the_connection()
    {
        var time = new ManualTimeProvider();
        TelnetPipeHarness telnet = await PingingAsync(this, time);
        Assert.Equal(1, time.ActiveTimerCount);

        await telnet.DisposeAsync();

        Assert.Equal(0, time.ActiveTimerCount);
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
