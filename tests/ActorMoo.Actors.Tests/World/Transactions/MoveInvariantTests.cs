using ActorMoo.Actors.Model;
using ActorMoo.Actors.World;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Tests.World.Transactions;

/// <summary>
/// A small in-process version of issue 5's invariant stress test: many concurrent tasks move items
/// between rooms and players; afterwards every item is in exactly one container and every
/// container's contents agree with its items' locations. The full version, with SIGKILL and
/// restarts over SQLite, is <see cref="Stress.WorldCrashStressTests"/>.
/// </summary>
public sealed class MoveInvariantTests() : WorldTestKit(new WorldSettings { MaxAttempts = 200 })
{
    [Fact]
    public async Task Concurrent_moves_must_keep_every_item_in_exactly_one_container()
    {
        var containers = new List<ObjectId>();
        for (var i = 0; i < 6; i++)
            containers.Add(await CreateAsync("Container " + i));
        var items = new List<ObjectId>();
        for (var i = 0; i < 12; i++)
        {
            var item = await CreateAsync("Item " + i);
            await MoveAsync(item, containers[i % containers.Count]);
            items.Add(item);
        }

        var workers = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            var committed = 0;
            for (var move = 0; move < 25; move++)
            {
                var (item, destination) = (items[random.Next(items.Count)], containers[random.Next(containers.Count)]);
                var outcome = await Tasks.RunAsync(async (tx, _) =>
                {
                    await tx.ApplyAsync(Movement.Plan((await tx.FindAsync(item))!, destination));
                    return true;
                });
                if (outcome.IsCommitted) committed++;
            }
            return committed;
        }));
        var committedMoves = await Task.WhenAll(workers);

        Assert.Equal(8 * 25, committedMoves.Sum());
        var holders = new Dictionary<ObjectId, List<ObjectId>>();
        foreach (var container in containers)
        {
            foreach (var held in (await CommittedAsync(container)).Contents)
            {
                if (!holders.TryGetValue(held, out var list)) holders[held] = list = [];
                list.Add(container);
            }
        }
        foreach (var item in items)
        {
            var location = (await CommittedAsync(item)).Location;
            Assert.Equal([location], holders[item]);
        }
    }
}
