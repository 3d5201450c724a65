using ActorMoo.Actors.Model;
using ActorMoo.Actors.Parsing;
using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Transactions;

/// <summary>
/// The parser only peeks at the candidates of a name lookup: a command depends on the object it
/// chose, not on everything else in the room (docs/tasks-and-transactions.md, "Name lookups").
/// </summary>
public sealed class NameLookupTests() : WorldTestKit(new WorldSettings { MaxAttempts = 100, AskTimeout = TimeSpan.FromMinutes(1) })
{
    [Fact]
    public async Task Command_must_not_conflict_with_another_thing_in_the_room_moved_meanwhile()
    {
        var (room, player, lamp, token, owner) = await RoomWithLampAndTokenAsync();
        var moved = false;

        var outcome = await Tasks.RunAsync(async (tx, _) =>
        {
            var match = await MatchAsync(tx, player, "lamp");
            if (!moved)
            {
                await MoveAsync(token, owner);
                moved = true;
            }
            await tx.ApplyAsync([new ObjectChange(lamp, new ObjectRenamed("polished lamp"))]);
            return match;
        });

        Assert.True(outcome.IsCommitted, outcome.Message);
        Assert.Equal(1, outcome.Attempts);
        Assert.Equal(ObjectMatch.Of(lamp), outcome.Value);
        Assert.Equal(owner, (await CommittedAsync(token)).Location);
        Assert.NotEqual(room, (await CommittedAsync(token)).Location);
    }

    [Fact]
    public async Task Command_must_conflict_with_a_change_to_the_thing_it_chose()
    {
        var (_, player, lamp, _, owner) = await RoomWithLampAndTokenAsync();
        var taken = false;

        var outcome = await Tasks.RunAsync(async (tx, _) =>
        {
            var match = await MatchAsync(tx, player, "lamp");
            if (!taken)
            {
                await MoveAsync(lamp, owner);
                taken = true;
            }
            await tx.ApplyAsync([new ObjectChange(player, new ObjectRenamed("Looker"))]);
            return match;
        });

        Assert.True(outcome.IsCommitted, outcome.Message);
        Assert.Equal(2, outcome.Attempts);
        Assert.Equal(ObjectMatch.NotFound, outcome.Value);
    }

    [Fact]
    public async Task Peeked_object_read_later_must_be_checked_at_the_version_first_seen()
    {
        var (_, player, _, token, owner) = await RoomWithLampAndTokenAsync();
        var moved = false;

        var outcome = await Tasks.RunAsync(async (tx, _) =>
        {
            await MatchAsync(tx, player, "lamp");
            if (!moved)
            {
                await MoveAsync(token, owner);
                moved = true;
            }
            // Read after the move, but the view still holds the peeked state: the commit must see it is stale.
            var seen = (await tx.FindAsync(token))!;
            await tx.ApplyAsync([new ObjectChange(player, new ObjectRenamed("Near " + seen.Location))]);
            return seen.Location;
        });

        Assert.True(outcome.IsCommitted, outcome.Message);
        Assert.Equal(2, outcome.Attempts);
        Assert.Equal(owner, outcome.Value);
    }

    private async Task<(ObjectId Room, ObjectId Player, ObjectId Lamp, ObjectId Token, ObjectId Owner)> RoomWithLampAndTokenAsync()
    {
        var room = await CreateAsync("Room");
        var (player, owner) = (await CreateAsync("Player"), await CreateAsync("Owner"));
        var (lamp, token) = (await CreateAsync("lamp"), await CreateAsync("token"));
        foreach (var thing in new[] { player, owner, lamp, token })
            await MoveAsync(thing, room);
        return (room, player, lamp, token, owner);
    }

    private static async Task<ObjectMatch> MatchAsync(WorldTransaction tx, ObjectId player, string phrase) =>
        await ObjectMatcher.MatchAsync(tx, (await tx.FindAsync(player))!, phrase);
}
