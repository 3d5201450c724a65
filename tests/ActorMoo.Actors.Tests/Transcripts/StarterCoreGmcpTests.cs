using System.Text.Json;
using ActorMoo.Actors.Sessions.Protocol;

namespace ActorMoo.Actors.Tests.Transcripts;

/// <summary>
/// The starter core's GMCP: players log in and act through <see cref="InProcessWorld"/> consoles
/// (as over telnet) and the packages the core's verbs send are read from the consoles' out-of-band
/// output, as the telnet edge would frame them.
/// </summary>
public sealed class StarterCoreGmcpTests
{
    [Fact]
    public async Task Login_must_send_Char_Name_Char_Status_and_the_Room_Info_of_the_start_room()
    {
        await using var world = await InProcessWorld.StartAsync();

        await world.LoginAsync("Wizard", create: false);

        var oob = world.OutOfBand("Wizard");
        var name = Last(oob, "Char.Name");
        Assert.Equal("Wizard", name.GetProperty("name").GetString());
        Assert.Equal("Wizard", name.GetProperty("fullname").GetString());
        var status = Last(oob, "Char.Status");
        Assert.Equal("Wizard", status.GetProperty("name").GetString());
        Assert.Equal("The Lobby", status.GetProperty("room").GetString());
        Assert.Equal(11, Last(oob, "Room.Info").GetProperty("num").GetInt32());
        Assert.DoesNotContain(oob, m => m.Package == "Char.Vitals"); // the vitals map is empty
    }

    [Fact]
    public async Task Char_Vitals_must_carry_the_players_vitals_map_once_it_holds_anything()
    {
        await using var world = await InProcessWorld.StartAsync();
        await world.LoginAsync("Wizard", create: false);

        await world.SendAsync("", ";player.vitals = {hp = 7, maxhp = 10}");
        await world.SendAsync("", ";sys.utils:gmcp_char(player)");

        var vitals = Last(world.OutOfBand("Wizard"), "Char.Vitals");
        Assert.Equal(7, vitals.GetProperty("hp").GetInt32());
        Assert.Equal(10, vitals.GetProperty("maxhp").GetInt32());
    }

    [Fact]
    public async Task Walking_through_an_exit_must_send_the_new_rooms_Room_Info_with_its_exits_and_area()
    {
        await using var world = await InProcessWorld.StartAsync();
        await world.LoginAsync("Wizard", create: false);

        await world.SendAsync("", "north");

        var info = Last(world.OutOfBand("Wizard"), "Room.Info");
        Assert.Equal(12, info.GetProperty("num").GetInt32());
        Assert.Equal("The Garden", info.GetProperty("name").GetString());
        Assert.Equal("", info.GetProperty("area").GetString());
        Assert.Equal(11, info.GetProperty("exits").GetProperty("south").GetInt32());
    }

    [Fact]
    public async Task Say_must_send_Comm_Channel_Text_to_the_speaker_and_each_listener_in_the_room()
    {
        await using var world = await InProcessWorld.StartAsync();
        await world.LoginAsync("Wizard", create: false);
        await world.LoginAsync("Bob", create: true);

        await world.SendAsync("", "say {b}hi{/b}");

        AssertChannelText(Last(world.OutOfBand("Bob"), "Comm.Channel.Text"), "say", "Wizard", "Wizard says, \"{b}hi{/b}\"");
        AssertChannelText(Last(world.OutOfBand("Wizard"), "Comm.Channel.Text"), "say", "Wizard", "You say, \"{b}hi{/b}\"");
    }

    [Fact]
    public async Task Page_must_send_Comm_Channel_Text_to_the_paged_player_only()
    {
        await using var world = await InProcessWorld.StartAsync();
        await world.LoginAsync("Wizard", create: false);
        await world.LoginAsync("Bob", create: true);

        await world.SendAsync("Bob", "page Wizard with over here");

        AssertChannelText(Last(world.OutOfBand("Wizard"), "Comm.Channel.Text"), "page", "Bob", "Bob pages, \"over here\"");
        Assert.DoesNotContain(world.OutOfBand("Bob"), m => m.Package == "Comm.Channel.Text");
    }

    [Fact]
    public async Task Core_Supports_Set_after_login_must_send_the_state_again_with_the_Room_Info_of_the_current_room()
    {
        await using var world = await InProcessWorld.StartAsync();
        await world.LoginAsync("Wizard", create: false);
        await world.SendAsync("", "north");
        var before = Count(world.OutOfBand("Wizard"), "Room.Info");

        await world.SendOutOfBandAsync("Wizard", "Core.Supports.Set", "[\"Char 1\", \"Room 1\"]", oob => Count(oob, "Room.Info") > before);

        var oob = world.OutOfBand("Wizard");
        Assert.Equal(12, Last(oob, "Room.Info").GetProperty("num").GetInt32());
        Assert.Equal("The Garden", Last(oob, "Char.Status").GetProperty("room").GetString());
        Assert.Equal("Wizard", Last(oob, "Char.Name").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Unknown_client_packages_and_malformed_json_must_be_ignored_without_failing()
    {
        await using var world = await InProcessWorld.StartAsync();
        await world.LoginAsync("Wizard", create: false);
        var before = world.OutOfBand("Wizard").Count;

        // Delivered in order: the unknown package runs first, then Core.Supports.Add with broken data.
        await world.SendOutOfBandAsync("Wizard", "Char.Skills.Get", "{not json", _ => true);
        await world.SendOutOfBandAsync("Wizard", "Core.Supports.Add", "[\"Room 1\"", oob => oob.Count > before && oob[^1].Package == "Room.Info");

        var answered = world.OutOfBand("Wizard").Skip(before).Select(m => m.Package);
        Assert.Equal(["Char.Name", "Char.Status", "Room.Info"], answered);
    }

    private static int Count(IReadOnlyList<OobOutput> received, string package) => received.Count(m => m.Package == package);

    private static void AssertChannelText(JsonElement message, string channel, string talker, string text)
    {
        Assert.Equal(channel, message.GetProperty("channel").GetString());
        Assert.Equal(talker, message.GetProperty("talker").GetString());
        Assert.Equal(text, message.GetProperty("text").GetString());
    }

    /// <summary>The data of the last message of <paramref name="package"/>; fails when none came.</summary>
    private static JsonElement Last(IReadOnlyList<OobOutput> received, string package)
    {
        var message = received.LastOrDefault(m => m.Package == package);
        Assert.True(message is not null, $"No {package} was sent; received: {string.Join(", ", received.Select(m => m.Package))}");
        return JsonDocument.Parse(message.Json).RootElement.Clone();
    }
}
