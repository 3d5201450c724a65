using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Bench.World;

/// <summary>
/// One worker's private corner of the world: a wizard player, two rooms and an item in the first
/// room carrying the <see cref="WorldVerbs"/>. Desks share no object (not even a parent or a verb
/// owner), so tasks on different desks never meet in a prepare — what "distinct objects" means.
/// </summary>
/// <param name="Player">The player the tasks run as (a wizard: <c>move</c> skips <c>accept</c>, as for a wizard's command).</param>
/// <param name="RoomA">The room the item starts in.</param>
/// <param name="RoomB">The other room.</param>
/// <param name="Item">The item the verbs are defined on.</param>
internal sealed record BenchDesk(ObjectId Player, ObjectId RoomA, ObjectId RoomB, ObjectId Item)
{
    /// <summary>The verbs' arguments: the two rooms.</summary>
    public IReadOnlyList<MooValue> Rooms { get; } = [RoomA, RoomB];

    /// <summary>Creates a desk in one committed task.</summary>
    public static async Task<BenchDesk> CreateAsync(WorldTasks tasks, int number)
    {
        var outcome = await tasks.RunAsync(async (tx, ct) =>
        {
            var player = await tx.AllocateIdAsync(ct);
            var roomA = await tx.AllocateIdAsync(ct);
            var roomB = await tx.AllocateIdAsync(ct);
            var item = await tx.AllocateIdAsync(ct);
            await tx.ApplyAsync(Creation.Plan(player, $"player {number}", player, []), ct);
            await tx.ApplyAsync([new ObjectChange(player, new FlagsChanged(ObjectFlags.Player | ObjectFlags.Programmer | ObjectFlags.Wizard))], ct);
            await tx.ApplyAsync(Creation.Plan(roomA, $"room {number}a", player, []), ct);
            await tx.ApplyAsync(Creation.Plan(roomB, $"room {number}b", player, []), ct);
            await tx.ApplyAsync(Creation.Plan(item, "brass lamp", player, []), ct);
            await tx.ApplyAsync(
            [
                new ObjectChange(item, new PropertyAdded(new PropertyDefinition("description", "A well-used brass lamp.", player, PropertyPermissions.Read))),
                new ObjectChange(item, new PropertyAdded(new PropertyDefinition("polished", 0L, player, PropertyPermissions.Read))),
            ], ct);
            var verbId = (await tx.FindAsync(item, ct))!.NextVerbId;
            var verbs = WorldVerbs.All.Select((v, i) => new ObjectChange(item, new VerbAdded(
                new VerbDefinition(verbId + i, v.Name, player, VerbPermissions.Read | VerbPermissions.Execute, VerbArgSpec.ThisNoneThis, v.Body, 1))));
            await tx.ApplyAsync(verbs, ct);
            await tx.ApplyAsync(Movement.Plan((await tx.FindAsync(item, ct))!, roomA), ct);
            return new BenchDesk(player, roomA, roomB, item);
        });
        return outcome.IsCommitted
            ? outcome.Value!
            : throw new InvalidOperationException($"Seeding desk {number} failed: {outcome.Message}");
    }

    /// <summary><paramref name="count"/> desks, created concurrently (their writes share group commits).</summary>
    public static async Task<IReadOnlyList<BenchDesk>> CreateManyAsync(WorldTasks tasks, int count) =>
        await Task.WhenAll(Enumerable.Range(0, count).Select(n => CreateAsync(tasks, n)));
}
