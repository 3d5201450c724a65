using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Model;
using ActorMoo.Actors.Parsing;
using ActorMoo.Actors.Sessions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.Sessions;

/// <summary>The login screen and the command loop of a session, through the in-process console.</summary>
public sealed class SessionActorTests() : SessionTestKit(new SessionSettings { GuestsEnabled = true, Prompt = "> " })
{
    [Fact]
    public async Task Opening_must_show_the_default_welcome_and_a_prompt()
    {
        await using var session = await LocalSession.OpenAsync(Sessions);

        var welcome = await session.ReadUntilPromptAsync();

        Assert.Equal(SessionSettings.DefaultWelcome, welcome);
        Assert.Equal("> ", session.LastPrompt);
    }

    [Fact]
    public async Task Welcome_must_come_from_the_system_objects_welcome_message_when_set()
    {
        var system = await CommitAsync(async tx =>
        {
            var id = await tx.AllocateIdAsync();
            await tx.ApplyAsync(Creation.Plan(id, "System", id, []));
            await tx.ApplyAsync([new ObjectChange(id, new PropertyAdded(new PropertyDefinition("welcome_message", MooValue.List([MooValue.String("Hello,"), MooValue.String("traveller.")]), id, PropertyPermissions.Read)))]);
            return id;
        });
        Assert.Equal(SystemObjects.System, system);
        await using var session = await LocalSession.OpenAsync(Sessions);

        Assert.Equal("Hello,\ntraveller.", await session.ReadUntilPromptAsync());
    }

    [Fact]
    public async Task Create_must_log_in_and_connect_the_player()
    {
        await using var session = await CreatePlayerAsync("Alice");

        var alice = await PlayerOfAsync("alice");
        Assert.Equal(session.SessionId, Connected.Find(alice)!.SessionId);
    }

    [Fact]
    public async Task Connect_must_log_in_with_the_right_password_only()
    {
        await (await CreatePlayerAsync("Alice")).DisposeAsync();
        await using var session = await OpenAsync();

        Assert.Equal(AccountService.WrongNameOrPassword, await session.CommandAsync("connect alice wrong-one"));
        Assert.Contains("*** Connected ***", await session.CommandAsync("connect ALICE secret1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_with_only_a_name_must_ask_for_the_password_with_echo_off()
    {
        await (await CreatePlayerAsync("Alice")).DisposeAsync();
        await using var session = await OpenAsync();

        await session.SendAsync("connect alice");
        await session.ReadUntilPromptAsync();
        Assert.Equal("Password: ", session.LastPrompt);
        Assert.True(session.IsInputHidden);

        Assert.Contains("*** Connected ***", await session.CommandAsync("secret1"), StringComparison.Ordinal);
        Assert.False(session.IsInputHidden);
    }

    [Fact]
    public async Task Login_screen_must_never_echo_what_was_typed()
    {
        await using var session = await OpenAsync();

        var answer = await session.CommandAsync("create {link=@quit}x pw12345");

        Assert.DoesNotContain("{link", answer, StringComparison.Ordinal);
        Assert.Equal("A name must start with a letter.", answer);
    }

    [Fact]
    public async Task Commands_must_run_as_tasks_and_their_output_must_come_before_the_prompt()
    {
        await using var session = await CreatePlayerAsync("Alice");
        var alice = await PlayerOfAsync("alice");
        await AddVerbAsync(alice, "hi", VerbArgSpec.NoneNoneNone, "notify(player, 'hello') notify(player, 'again')", alice);

        Assert.Equal("hello\nagain", await session.CommandAsync("hi"));
        Assert.Equal(CommandResolution.NotUnderstoodMessage, await session.CommandAsync("xyzzy"));
    }

    [Fact]
    public async Task A_failing_command_must_tell_a_programmer_the_error_escaped()
    {
        await using var session = await CreatePlayerAsync("Alice");
        var alice = await PlayerOfAsync("alice");
        await CommitAsync(async tx =>
        {
            var state = (await tx.FindAsync(alice))!;
            await tx.ApplyAsync([new ObjectChange(alice, new FlagsChanged(state.Flags | ObjectFlags.Programmer))]);
            return true;
        });
        await AddVerbAsync(alice, "boom", VerbArgSpec.NoneNoneNone, "error('{b}bad')", alice);

        var answer = await session.CommandAsync("boom");

        Assert.Contains("{{b}bad", answer, StringComparison.Ordinal);
        Assert.Contains("Traceback", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_command_must_tell_any_other_player_a_short_sentence()
    {
        await using var session = await CreatePlayerAsync("Alice");
        var alice = await PlayerOfAsync("alice");
        await AddVerbAsync(alice, "boom", VerbArgSpec.NoneNoneNone, "error('{b}bad')", alice);

        Assert.Equal("Something went wrong running that command (boom).", await session.CommandAsync("boom"));
    }

    [Fact]
    public async Task Lines_must_run_one_at_a_time_in_order()
    {
        await using var session = await CreatePlayerAsync("Alice");
        var alice = await PlayerOfAsync("alice");
        await AddVerbAsync(alice, "echo", new VerbArgSpec(ObjectArgSpec.Any, Preposition.None, ObjectArgSpec.None), "notify(player, dobjstr)", alice);

        for (var i = 0; i < 5; i++)
            await session.SendAsync($"echo {i}");

        for (var i = 0; i < 5; i++)
            Assert.Equal(i.ToString(), await session.ReadUntilPromptAsync());
    }

    [Fact]
    public async Task Connecting_to_a_connected_player_must_take_it_over_and_tell_the_old_connection()
    {
        await using var first = await CreatePlayerAsync("Alice");
        var alice = await PlayerOfAsync("alice");
        await using var second = await OpenAsync();

        var answer = await second.CommandAsync("connect alice secret1");

        Assert.Contains("earlier connection was closed", answer, StringComparison.Ordinal);
        Assert.Contains("connected from somewhere else", await first.ReadUntilPromptAsync(), StringComparison.Ordinal);
        Assert.True(first.IsDisconnected);
        Assert.Equal(second.SessionId, Connected.Find(alice)!.SessionId);
        await AddVerbAsync(alice, "hi", VerbArgSpec.NoneNoneNone, "notify(player, 'hello')", alice);
        Assert.Equal("hello", await second.CommandAsync("hi"));
    }

    [Fact]
    public async Task Quit_must_disconnect_and_unbind_the_player()
    {
        await using var session = await CreatePlayerAsync("Alice");
        var alice = await PlayerOfAsync("alice");

        Assert.Equal("*** Disconnected ***", await session.CommandAsync("QUIT"));

        Assert.True(session.IsDisconnected);
        Assert.Null(Connected.Find(alice));
    }

    [Fact]
    public async Task Closing_the_connection_must_unbind_the_player()
    {
        var session = await CreatePlayerAsync("Alice");
        var alice = await PlayerOfAsync("alice");

        await session.DisposeAsync();

        await AwaitConditionAsync(() => Connected.Find(alice) is null);
    }

    [Fact]
    public async Task Guest_login_must_make_a_guest_player_recycled_at_disconnect()
    {
        await using var session = await OpenAsync();

        Assert.Contains("*** Connected ***", await session.CommandAsync("connect guest"), StringComparison.Ordinal);
        var guest = Assert.Single(await Connected.ConnectedAsync()).Player;
        Assert.StartsWith("Guest", (await Objects.ReadAsync(guest)).State!.Name, StringComparison.Ordinal);

        await session.CommandAsync("QUIT");

        await AwaitAssertAsync(async () => Assert.True((await Objects.ReadAsync(guest)).State!.Recycled));
    }

    [Fact]
    public async Task System_hooks_must_run_after_login()
    {
        await CommitAsync(async tx =>
        {
            var id = await tx.AllocateIdAsync();
            await tx.ApplyAsync(Creation.Plan(id, "System", id, []));
            return id;
        });
        await AddVerbAsync(SystemObjects.System, "user_created user_connected", VerbArgSpec.ThisNoneThis, "notify(args[1], 'hook ' .. verb)", SystemObjects.System);

        await using var session = await OpenAsync();

        Assert.Equal("*** Created ***\nhook user_created", await session.CommandAsync("create Alice secret1"));
    }
}
