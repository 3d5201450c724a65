using ActorMoo.Actors.Model;
using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Transactions;

/// <summary>
/// Membership lists commute: moving different things through one room, or creating children of one
/// parent, commits without conflicts on the container; a task that used a list still conflicts
/// with a change to it (docs/tasks-and-transactions.md, "Membership lists commute").
/// </summary>
public sealed class MembershipDeltaTests() : WorldTestKit(new WorldSettings { MaxAttempts = 100, AskTimeout = TimeSpan.FromMinutes(1) })
{
    private const int Movers = 10;

    [Fact]
    public async Task Ten_tasks_moving_different_items_out_of_and_into_one_room_must_all_commit_at_the_first_attempt()
    {
        var room = await CreateAsync("Room");
        var holders = new List<ObjectId>();
        var items = new List<ObjectId>();
        for (var i = 0; i < Movers; i++)
        {
            holders.Add(await CreateAsync("Player " + i));
            items.Add(await CreateAsync("Item " + i));
            // Half the items start in the room and are carried out; the other half are brought in.
            await MoveAsync(items[i], i % 2 == 0 ? room : holders[i]);
        }
        var allRead = new Rendezvous(Movers);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Movers).Select(i => Task.Run(() => Tasks.RunAsync(async (tx, _) =>
        {
            var item = (await tx.FindAsync(items[i]))!;
            await tx.FindAsync(room);
            await allRead.ArriveOnceAsync(tx.TaskId);
            await tx.ApplyAsync(Movement.Plan(item, i % 2 == 0 ? holders[i] : room));
            return true;
        }))));

        Assert.All(outcomes, o => Assert.True(o.IsCommitted, o.Message));
        Assert.Equal(0, outcomes.Sum(o => o.Attempts - 1));
        var contents = (await CommittedAsync(room)).Contents;
        Assert.Equal(Movers / 2, contents.Length);
        Assert.Equal(items.Where((_, i) => i % 2 == 1).Order(), contents.Order());
        for (var i = 0; i < Movers; i++)
        {
            var expected = i % 2 == 0 ? holders[i] : room;
            Assert.Equal(expected, (await CommittedAsync(items[i])).Location);
            Assert.Equal(i % 2 == 0 ? [items[i]] : [], (await CommittedAsync(holders[i])).Contents.ToArray());
        }
    }

    [Fact]
    public async Task Concurrent_creates_of_children_of_one_parent_must_all_commit_and_list_every_child_once()
    {
        var parent = await CreateAsync("Player class");
        var allRead = new Rendezvous(Movers);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Movers).Select(i => Task.Run(() => Tasks.RunAsync(async (tx, _) =>
        {
            await tx.FindAsync(parent);
            var id = await tx.AllocateIdAsync();
            await allRead.ArriveOnceAsync(tx.TaskId);
            await tx.ApplyAsync(Creation.Plan(id, "Player " + i, id, [parent]));
            return id;
        }))));

        Assert.All(outcomes, o => Assert.True(o.IsCommitted, o.Message));
        Assert.Equal(0, outcomes.Sum(o => o.Attempts - 1));
        var children = (await CommittedAsync(parent)).Children;
        Assert.Equal(Movers, children.Length);
        Assert.Equal(outcomes.Select(o => o.Value).Order(), children.Order());
    }

    [Fact]
    public async Task Task_that_used_a_rooms_contents_must_conflict_with_a_move_into_the_room_meanwhile()
    {
        var (room, census, newcomer) = (await CreateAsync("Room"), await CreateAsync("0 things"), await CreateAsync("Newcomer"));
        await MoveAsync(await CreateAsync("Chair"), room);
        var moved = false;

        // Counts the room's contents and writes the count elsewhere; the first run is overtaken by a move.
        var outcome = await Tasks.RunAsync(async (tx, _) =>
        {
            var count = tx.ContentsOf((await tx.FindAsync(room))!).Length;
            if (!moved)
            {
                await MoveAsync(newcomer, room);
                moved = true;
            }
            await tx.ApplyAsync([new ObjectChange(census, new ObjectRenamed($"{count} things"))]);
            return count;
        });

        Assert.True(outcome.IsCommitted, outcome.Message);
        Assert.Equal(2, outcome.Attempts);
        Assert.Equal("2 things", (await CommittedAsync(census)).Name);
    }

    [Fact]
    public async Task Task_that_used_a_rooms_contents_and_only_read_must_re_run_after_a_move_out_of_the_room()
    {
        var room = await CreateAsync("Room");
        var (chair, player) = (await CreateAsync("Chair"), await CreateAsync("Player"));
        await MoveAsync(chair, room);
        await MoveAsync(player, room);
        var moved = false;

        var outcome = await Tasks.RunAsync(async (tx, _) =>
        {
            var seen = tx.ContentsOf((await tx.FindAsync(room))!);
            await tx.FindAsync(player);
            if (!moved)
            {
                await MoveAsync(chair, player);
                moved = true;
            }
            return seen.Length;
        });

        Assert.True(outcome.IsCommitted, outcome.Message);
        Assert.Equal(2, outcome.Attempts);
        Assert.Equal(1, outcome.Value);
    }

    [Fact]
    public async Task Task_that_did_not_use_the_contents_must_not_conflict_with_a_move_into_the_room_meanwhile()
    {
        var (room, newcomer) = (await CreateAsync("Room"), await CreateAsync("Newcomer"));
        var moved = false;

        var outcome = await Tasks.RunAsync(async (tx, _) =>
        {
            var state = (await tx.FindAsync(room))!;
            if (!moved)
            {
                await MoveAsync(newcomer, room);
                moved = true;
            }
            await tx.ApplyAsync([new ObjectChange(room, new ObjectRenamed(state.Name + " (lit)"))]);
            return true;
        });

        Assert.True(outcome.IsCommitted, outcome.Message);
        Assert.Equal(1, outcome.Attempts);
        var committed = await CommittedAsync(room);
        Assert.Equal("Room (lit)", committed.Name);
        Assert.Equal([newcomer], committed.Contents.ToArray());
    }

    [Fact]
    public async Task Task_must_still_conflict_on_the_moved_object_itself()
    {
        var (room, box, item) = (await CreateAsync("Room"), await CreateAsync("Box"), await CreateAsync("Item"));
        await MoveAsync(item, room);
        var moved = false;

        var outcome = await Tasks.RunAsync(async (tx, _) =>
        {
            var state = (await tx.FindAsync(item))!;
            if (!moved)
            {
                await MoveAsync(item, box);
                moved = true;
            }
            await tx.ApplyAsync(Movement.Plan(state, SpecialObjects.Nothing));
            return true;
        });

        Assert.True(outcome.IsCommitted, outcome.Message);
        Assert.Equal(2, outcome.Attempts);
        Assert.Equal(SpecialObjects.Nothing, (await CommittedAsync(item)).Location);
        Assert.Empty((await CommittedAsync(room)).Contents);
        Assert.Empty((await CommittedAsync(box)).Contents);
    }

    [Fact]
    public async Task Move_planned_on_a_list_read_before_the_item_arrived_must_re_run_instead_of_failing()
    {
        var (room, player, item) = (await CreateAsync("Room"), await CreateAsync("Player"), await CreateAsync("Item"));
        var moved = false;

        var outcome = await Tasks.RunAsync(async (tx, _) =>
        {
            await tx.FindAsync(room);
            if (!moved)
            {
                await MoveAsync(item, room);
                moved = true;
            }
            // The item says it is in the room; this task's view of the room predates its arrival.
            await tx.ApplyAsync(Movement.Plan((await tx.FindAsync(item))!, player));
            return true;
        });

        Assert.True(outcome.IsCommitted, outcome.Message);
        Assert.Equal(2, outcome.Attempts);
        Assert.Empty((await CommittedAsync(room)).Contents);
        Assert.Equal([item], (await CommittedAsync(player)).Contents.ToArray());
    }

    [Fact]
    public async Task Membership_changes_must_advance_the_version_but_not_the_core_version()
    {
        var (room, item) = (await CreateAsync("Room"), await CreateAsync("Item"));
        var before = await CommittedAsync(room);

        await MoveAsync(item, room);

        var after = await CommittedAsync(room);
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal(before.CoreVersion, after.CoreVersion);
    }
}
