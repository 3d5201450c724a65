using ActorMoo.Actors.World.Players;
using ActorMoo.Scripting.Values;

// Not "...World.Directory": that namespace would hide System.IO.Directory from every sibling test namespace.
namespace ActorMoo.Actors.Tests.World.Players;

public sealed class InMemoryConnectedPlayersTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Connect_touch_and_disconnect_must_be_reflected_in_order()
    {
        var connected = new InMemoryConnectedPlayers();
        connected.Connect(new ObjectId(9), Start);
        connected.Connect(new ObjectId(3), Start.AddSeconds(1));
        connected.Touch(new ObjectId(9), Start.AddSeconds(5));

        Assert.Equal([new ObjectId(3), new ObjectId(9)], (await connected.ConnectedAsync()).Select(c => c.Player));
        Assert.Equal(new ConnectedPlayer(new ObjectId(9), Start, Start.AddSeconds(5)), await connected.FindAsync(new ObjectId(9)));

        Assert.True(connected.Disconnect(new ObjectId(9)));
        Assert.Null(await connected.FindAsync(new ObjectId(9)));
    }

    [Fact]
    public async Task Touching_a_player_who_is_not_connected_must_not_connect_it()
    {
        var connected = new InMemoryConnectedPlayers();
        connected.Touch(new ObjectId(4), Start);

        Assert.Empty(await connected.ConnectedAsync());
    }
}
