using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.World.StressHost;

/// <summary>
/// Creates the stress world through ordinary world tasks: the rooms, then per room one task that
/// creates its share of players and items inside it (so the tasks write disjoint objects and run in
/// parallel without conflicts).
/// </summary>
internal static class WorldBuilder
{
    public static async Task<StressLayout> CreateAsync(WorldTasks tasks, int rooms, int players, int items)
    {
        var roomIds = await Task.WhenAll(Enumerable.Range(0, rooms).Select(r => CommitAsync(tasks, async tx =>
        {
            var room = await tx.AllocateIdAsync();
            await tx.ApplyAsync(Creation.Plan(room, $"Room {r}", room, []));
            return room;
        })));
        var filled = await Task.WhenAll(roomIds.Select((room, r) => CommitAsync(tasks, async tx =>
        {
            var playersHere = await CreateInsideAsync(tx, room, "Player", Share(players, rooms, r));
            var itemsHere = await CreateInsideAsync(tx, room, "Item", Share(items, rooms, r));
            return (Players: playersHere, Items: itemsHere);
        })));
        return new StressLayout(
            [.. roomIds.Select(id => id.Value)],
            [.. filled.SelectMany(f => f.Players).Select(id => id.Value)],
            [.. filled.SelectMany(f => f.Items).Select(id => id.Value)]);
    }

    /// <summary>How many of <paramref name="total"/> go to room <paramref name="room"/> of <paramref name="rooms"/> (round robin).</summary>
    private static int Share(int total, int rooms, int room) => total / rooms + (room < total % rooms ? 1 : 0);

    private static async Task<List<ObjectId>> CreateInsideAsync(WorldTransaction tx, ObjectId room, string kind, int count)
    {
        var created = new List<ObjectId>(count);
        for (var i = 0; i < count; i++)
        {
            var id = await tx.AllocateIdAsync();
            await tx.ApplyAsync(Creation.Plan(id, $"{kind} {id.Value}", id, []));
            await tx.ApplyAsync(Movement.Plan((await tx.FindAsync(id))!, room));
            created.Add(id);
        }
        return created;
    }

    private static async Task<T> CommitAsync<T>(WorldTasks tasks, Func<WorldTransaction, Task<T>> body)
    {
        var outcome = await tasks.RunAsync(async (tx, _) => await body(tx));
        return outcome.IsCommitted
            ? outcome.Value!
            : throw new InvalidOperationException($"Creating the stress world failed: {outcome.Status} {outcome.Message}");
    }
}
