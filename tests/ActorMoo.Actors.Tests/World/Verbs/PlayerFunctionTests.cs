using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Players;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Scripting.Values;
using ActorMoo.TestKit;

namespace ActorMoo.Actors.Tests.World.Verbs;

/// <summary><c>players</c>, <c>connected_players</c>, <c>connected_seconds</c>, <c>idle_seconds</c>, <c>boot_player</c>, <c>set_player_flag</c> and <c>is_programmer</c>.</summary>
public sealed class PlayerFunctionTests : VerbTestKit
{
    private readonly InMemoryPlayerDirectory _directory;
    private readonly InMemoryConnectedPlayers _connected;
    private readonly ManualTimeProvider _time;

    public PlayerFunctionTests()
        : this(new InMemoryPlayerDirectory(), new InMemoryConnectedPlayers(), new ManualTimeProvider())
    {
    }

    private PlayerFunctionTests(InMemoryPlayerDirectory directory, InMemoryConnectedPlayers connected, ManualTimeProvider time)
        : base(services: new VerbTaskServices { Players = directory, Connected = connected, Time = time })
    {
        _directory = directory;
        _connected = connected;
        _time = time;
    }

    [Fact]
    public async Task Players_must_list_the_directory_s_valid_players_in_order()
    {
        var ghost = await CreatePlayerAsync("Ghost", ObjectFlags.None);
        var demoted = await CreatePlayerAsync("Demoted", ObjectFlags.None);
        await ApplyAsync(demoted, new FlagsChanged(ObjectFlags.None));
        await CommitAsync(async tx => await tx.ApplyAsync(await Recycling.PlanAsync(tx, (await tx.FindAsync(ghost))!)));
        foreach (var id in new[] { Bob, Alice, Wizard, ghost, demoted })
            _directory.Add(id);
        await AddVerbAsync(Hall, "who", "return players()", Alice);

        var players = await CallCommittedAsync(Alice, Hall, "who");

        Assert.Equal(MooValue.List(Wizard, Alice, Bob), players);
    }

    [Fact]
    public async Task Players_must_include_objects_made_players_in_the_same_task()
    {
        _directory.Add(Wizard);
        var robot = await CreateAsync("Robot", Wizard);
        await AddVerbAsync(Hall, "promote", """
            set_player_flag(args[1], true)
            return { players(), is_player(args[1]) }
            """, Wizard);

        var result = (await CallCommittedAsync(Wizard, Hall, "promote", robot)).AsList();

        Assert.Equal(MooValue.List(Wizard, robot), result[0]);
        Assert.Equal(MooValue.True, result[1]);
        Assert.True((await CommittedAsync(robot)).Has(ObjectFlags.Player));
    }

    [Fact]
    public async Task Only_a_wizard_must_set_the_player_flag()
    {
        var robot = await CreateAsync("Robot", Alice);
        await AddVerbAsync(Hall, "promote", "set_player_flag(args[1], true)", Alice);

        Assert.Contains("only a wizard", await CallFailingAsync(Alice, Hall, "promote", robot), StringComparison.Ordinal);
        Assert.False((await CommittedAsync(robot)).Has(ObjectFlags.Player));
    }

    [Fact]
    public async Task Clearing_the_player_flag_must_also_disconnect_the_object()
    {
        await AddVerbAsync(Hall, "demote", "set_player_flag(args[1], false)", Wizard);

        await CallCommittedAsync(Wizard, Hall, "demote", Bob);

        Assert.False((await CommittedAsync(Bob)).Has(ObjectFlags.Player));
        Assert.Contains(new BootPlayerEffect(Bob), Sink.Released);
    }

    [Fact]
    public async Task Connected_players_and_their_times_must_come_from_the_connections()
    {
        _connected.Connect(Bob, _time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(30));
        _connected.Connect(Alice, _time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(12));
        _connected.Touch(Bob, _time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(5));
        await AddVerbAsync(Hall, "who", """
            local bob = args[1]
            return { connected_players(), connected_seconds(bob), idle_seconds(bob) }
            """, Alice);

        var result = (await CallCommittedAsync(Alice, Hall, "who", Bob)).AsList();

        Assert.Equal(MooValue.List(Alice, Bob), result[0]);
        Assert.Equal(MooValue.Integer(47), result[1]);
        Assert.Equal(MooValue.Integer(5), result[2]);
    }

    [Fact]
    public async Task Idle_seconds_of_a_player_who_is_not_connected_must_be_an_error()
    {
        await AddVerbAsync(Hall, "idle", "return idle_seconds(args[1])", Alice);

        Assert.Contains($"{Bob} is not connected", await CallFailingAsync(Alice, Hall, "idle", Bob), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_player_s_own_verb_must_boot_the_player_on_commit_only()
    {
        await AddVerbAsync(Bob, "quit", "boot_player(player)", Bob);
        await AddVerbAsync(Bob, "quit_then_fail", "boot_player(player)\nerror('changed my mind')", Bob);

        await CallFailingAsync(Bob, Bob, "quit_then_fail");
        Assert.DoesNotContain(Sink.Released, e => e is BootPlayerEffect);

        await CallCommittedAsync(Bob, Bob, "quit");
        Assert.Equal(new BootPlayerEffect(Bob), Assert.Single(Sink.Released));
    }

    [Fact]
    public async Task A_non_wizard_must_not_boot_someone_else()
    {
        await AddVerbAsync(Hall, "kick", "boot_player(args[1])", Alice);
        await AddVerbAsync(Kitchen, "kick", "boot_player(args[1])", Wizard);

        Assert.Contains("Permission denied", await CallFailingAsync(Alice, Hall, "kick", Bob), StringComparison.Ordinal);
        await CallCommittedAsync(Alice, Kitchen, "kick", Bob);

        Assert.Equal(new BootPlayerEffect(Bob), Assert.Single(Sink.Released));
    }

    [Fact]
    public async Task Is_programmer_must_read_the_programmer_flag()
    {
        var guest = await CreatePlayerAsync("Guest", ObjectFlags.None);
        await AddVerbAsync(Hall, "check", "return { is_programmer(args[1]), is_programmer(args[2]) }", Alice);

        Assert.Equal(MooValue.List(true, false), await CallCommittedAsync(Alice, Hall, "check", Bob, guest));
    }
}
