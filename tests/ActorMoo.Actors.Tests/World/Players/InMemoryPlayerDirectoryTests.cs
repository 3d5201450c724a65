using ActorMoo.Actors.World.Players;
using ActorMoo.Scripting.Values;

// Not "...World.Directory": that namespace would hide System.IO.Directory from every sibling test namespace.
namespace ActorMoo.Actors.Tests.World.Players;

public sealed class InMemoryPlayerDirectoryTests
{
    [Fact]
    public async Task Players_must_be_listed_once_in_ascending_order_until_removed()
    {
        var directory = new InMemoryPlayerDirectory(new ObjectId(7), new ObjectId(2));
        Assert.True(directory.Add(new ObjectId(5)));
        Assert.False(directory.Add(new ObjectId(7)));

        Assert.Equal([new ObjectId(2), new ObjectId(5), new ObjectId(7)], await directory.PlayersAsync());

        Assert.True(directory.Remove(new ObjectId(2)));
        Assert.Equal([new ObjectId(5), new ObjectId(7)], await directory.PlayersAsync());
    }
}
