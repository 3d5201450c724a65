using ActorMoo.Actors.Model;
using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Transactions;

/// <summary>
/// Tasks that conflicted on one object re-run in turn, first come first served, and give the turn
/// back however they end (ConflictBackoff and WorldTasks, over the object actors' turn queue).
/// </summary>
public sealed class ConflictTurnTests() : WorldTestKit(new WorldSettings { MaxAttempts = 4, AskTimeout = TimeSpan.FromMinutes(1) })
{
    private const int Crowd = 20;

    [Fact]
    public async Task Crowd_fighting_over_one_item_must_all_commit_within_a_few_attempts()
    {
        var (left, right, item) = (await CreateAsync("Left room"), await CreateAsync("Right room"), await CreateAsync("0"));
        await MoveAsync(item, left);
        var allRead = new Rendezvous(Crowd);

        // Each task carries the item to the other room and counts the carry in the item's name.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, Crowd).Select(_ => Task.Run(() => Tasks.RunAsync(async (tx, _) =>
        {
            var state = (await tx.FindAsync(item))!;
            await allRead.ArriveOnceAsync(tx.TaskId);
            await tx.ApplyAsync(Movement.Plan(state, state.Location == left ? right : left));
            await tx.ApplyAsync([new ObjectChange(item, new ObjectRenamed((int.Parse(state.Name, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
            return true;
        }))));

        Assert.All(outcomes, o => Assert.True(o.IsCommitted, o.Message));
        var committed = await CommittedAsync(item);
        Assert.Equal(Crowd.ToString(System.Globalization.CultureInfo.InvariantCulture), committed.Name);
        Assert.Equal(Crowd % 2 == 0 ? left : right, committed.Location);
        Assert.Equal([item], (await CommittedAsync(committed.Location)).Contents.ToArray());
        Assert.Empty((await CommittedAsync(committed.Location == left ? right : left)).Contents);
    }

    [Fact]
    public async Task Task_that_gives_up_must_give_its_turn_back()
    {
        var lamp = await CreateAsync("Lamp");
        var runs = 0;

        // Every run is overtaken by another task renaming the lamp, so the task conflicts until it gives up.
        var outcome = await Tasks.RunAsync(async (tx, _) =>
        {
            var state = (await tx.FindAsync(lamp))!;
            await ApplyAsync(lamp, new ObjectRenamed("Lamp " + ++runs));
            await tx.ApplyAsync([new ObjectChange(lamp, new ObjectRenamed(state.Name + " (mine)"))]);
            return true;
        });

        Assert.Equal(WorldTaskStatus.GaveUp, outcome.Status);
        Assert.Equal(4, runs);
        var probe = CreateTestProbe();
        ClusterSharding.Get(Sys).ShardRegion(WorldObjects.EntityTypeName)
            .Tell(new ShardingEnvelope(lamp.ToString(), new ObjectProtocol.TakeTurn(12345)), probe.Ref);
        await probe.ExpectMsgAsync<ObjectProtocol.Turn>();
    }
}
