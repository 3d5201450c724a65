using ActorMoo.Actors.Model;
using ActorMoo.Actors.Sessions;
using ActorMoo.Actors.Sessions.Protocol;

namespace ActorMoo.Actors.Tests.Sessions;

/// <summary>
/// What the client tells the world besides typed lines reaches verbs: its terminal through
/// <c>terminal(player)</c>, its measured round trip, and its GMCP packages through <c>player:do_gmcp</c>.
/// </summary>
public sealed class SessionClientTests : SessionTestKit
{
    private const string ShowTerminal =
        "local t = terminal(player) notify(player, table.concat({t.width, t.height, t.colors, tostring(t.screen_reader), " +
        "tostring(t.utf8), t.client, t.client_version, t.protocol, tostring(t.round_trip_ms)}, ' '))";

    private static readonly TerminalCapabilities Mudlet = new(132, 40, ColorSupport.Ansi256, ScreenReader: true, Utf8: true, "Mudlet", "4.17.2");

    [Fact]
    public async Task Terminal_must_show_verbs_what_the_players_client_displays()
    {
        await using var session = await OpenWithAsync(Mudlet);
        Assert.Contains("*** Created ***", await session.CommandAsync("create Alice secret1"), StringComparison.Ordinal);
        var alice = await PlayerOfAsync("alice");
        await AddVerbAsync(alice, "term", VerbArgSpec.NoneNoneNone, ShowTerminal, alice);

        Assert.Equal("132 40 256 true true Mudlet 4.17.2 in-process nil", await session.CommandAsync("term"));
    }

    [Fact]
    public async Task Terminal_must_follow_a_resized_window_and_a_measured_round_trip()
    {
        await using var session = await CreatePlayerAsync("Alice");
        var alice = await PlayerOfAsync("alice");
        await AddVerbAsync(alice, "term", VerbArgSpec.NoneNoneNone, ShowTerminal, alice);

        Sessions.Tell(new TerminalChanged(session.SessionId, Mudlet with { Width = 100 }));
        Sessions.Tell(new RoundTripMeasured(session.SessionId, TimeSpan.FromMilliseconds(41.6)));

        Assert.Equal("100 40 256 true true Mudlet 4.17.2 in-process 42", await session.CommandAsync("term"));
    }

    [Fact]
    public async Task Terminal_of_a_player_who_is_not_connected_must_be_nil()
    {
        await using var session = await CreatePlayerAsync("Alice");
        var alice = await PlayerOfAsync("alice");
        await AddVerbAsync(alice, "other", VerbArgSpec.NoneNoneNone, "notify(player, tostring(terminal(toobj(9999))))", alice);

        Assert.Equal("nil", await session.CommandAsync("other"));
    }

    [Fact]
    public async Task Client_packages_must_reach_the_players_do_gmcp_verb_in_order()
    {
        await using var session = await CreatePlayerAsync("Alice");
        var alice = await PlayerOfAsync("alice");
        await AddVerbAsync(alice, SessionActor.GmcpVerb, VerbArgSpec.ThisNoneThis, "notify(this, args[1] .. ' ' .. args[2])", alice);

        Sessions.Tell(new ClientOob(session.SessionId, "Char.Skills.Get", "[\"magic\"]"));
        Sessions.Tell(new ClientOob(session.SessionId, "Core.Supports.Add", "[\"Room 1\"]"));

        Assert.Equal("Char.Skills.Get [\"magic\"]", await session.ReadOutputAsync());
        Assert.Equal("Core.Supports.Add [\"Room 1\"]", await session.ReadOutputAsync());
    }

    [Fact]
    public async Task Client_packages_sent_on_the_login_screen_must_reach_the_verb_after_login()
    {
        await (await CreatePlayerAsync("Alice")).DisposeAsync();
        var alice = await PlayerOfAsync("alice");
        await AddVerbAsync(alice, SessionActor.GmcpVerb, VerbArgSpec.ThisNoneThis, "notify(this, 'got ' .. args[1])", alice);
        await using var session = await OpenAsync();

        Sessions.Tell(new ClientOob(session.SessionId, "Core.Hello", "{\"client\":\"Mudlet\"}"));
        await session.SendAsync("connect alice secret1");

        string seen = "";
        while (!seen.Contains("got Core.Hello", StringComparison.Ordinal))
            seen += await session.ReadOutputAsync() + "\n";
        Assert.Contains("*** Connected ***", seen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_packages_for_a_player_without_do_gmcp_must_be_ignored()
    {
        await using var session = await CreatePlayerAsync("Alice");
        var alice = await PlayerOfAsync("alice");
        await AddVerbAsync(alice, "hi", VerbArgSpec.NoneNoneNone, "notify(player, 'hello')", alice);

        Sessions.Tell(new ClientOob(session.SessionId, "Char.Skills.Get", "{}"));

        Assert.Equal("hello", await session.CommandAsync("hi"));
    }

    private async Task<LocalSession> OpenWithAsync(TerminalCapabilities terminal)
    {
        var session = await LocalSession.OpenAsync(Sessions, terminal: terminal);
        await session.ReadUntilPromptAsync();
        return session;
    }
}
