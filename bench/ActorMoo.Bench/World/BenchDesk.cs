using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Bench.World;

/// <summary>
/// One worker's private corner of the world: a wizard player, two rooms and an item in the first
/// room carrying the <see cref="WorldVerbs"/>. Desks share no object (not even a parent or a verb
/// owner), so tasks on different desks never meet in a prepare — what "distinct objects" means.
/// A desk can instead take its verbs and properties from a shared parent (<see cref="CreateGenericAsync"/>),
/// as LambdaCore's things inherit from <c>$thing</c>: then every task also reads that parent and its owner.
/// </summary>
/// <param name="Player">The player the tasks run as (a wizard: <c>move</c> skips <c>accept</c>, as for a wizard's command).</param>
/// <param name="RoomA">The room the item starts in.</param>
/// <param name="RoomB">The other room.</param>
/// <param name="Item">The item the verbs are defined on.</param>
internal sealed record BenchDesk(ObjectId Player, ObjectId RoomA, ObjectId RoomB, ObjectId Item)
{
    /// <summary>The verbs' arguments: the two rooms.</summary>
    public IReadOnlyList<MooValue> Rooms { get; } = [RoomA, RoomB];

    /// <summary>Creates a desk in one committed task; its item is a child of <paramref name="generic"/> when given, else carries the verbs itself.</summary>
    public static async Task<BenchDesk> CreateAsync(WorldTasks tasks, int number, ObjectId? generic = null)
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
            if (generic is { } parent)
            {
                await tx.ApplyAsync(Creation.Plan(item, "brass lamp", player, [parent]), ct);
            }
            else
            {
                await tx.ApplyAsync(Creation.Plan(item, "brass lamp", player, []), ct);
                await tx.ApplyAsync(LampDefinitions(item, player, (await tx.FindAsync(item, ct))!.NextVerbId), ct);
            }
            await tx.ApplyAsync(Movement.Plan((await tx.FindAsync(item, ct))!, roomA), ct);
            return new BenchDesk(player, roomA, roomB, item);
        });
        return outcome.IsCommitted
            ? outcome.Value!
            : throw new InvalidOperationException($"Seeding desk {number} failed: {outcome.Message}");
    }

    /// <summary>
    /// <paramref name="count"/> desks: created concurrently (their writes share group commits), except
    /// children of a shared <paramref name="generic"/>, which are created one at a time because every
    /// creation also changes the parent's list of children and would conflict with the others.
    /// </summary>
    public static async Task<IReadOnlyList<BenchDesk>> CreateManyAsync(WorldTasks tasks, int count, ObjectId? generic = null)
    {
        if (generic is null)
            return await Task.WhenAll(Enumerable.Range(0, count).Select(n => CreateAsync(tasks, n)));
        var desks = new List<BenchDesk>(count);
        for (var n = 0; n < count; n++)
            desks.Add(await CreateAsync(tasks, n, generic));
        return desks;
    }

    /// <summary>
    /// A "generic lamp" owned by a new wizard, defining the properties and the verbs (owned by
    /// that wizard) for desks created with it, in one committed task.
    /// </summary>
    public static async Task<ObjectId> CreateGenericAsync(WorldTasks tasks)
    {
        var outcome = await tasks.RunAsync(async (tx, ct) =>
        {
            var wizard = await tx.AllocateIdAsync(ct);
            var generic = await tx.AllocateIdAsync(ct);
            await tx.ApplyAsync(Creation.Plan(wizard, "Wizard", wizard, []), ct);
            await tx.ApplyAsync([new ObjectChange(wizard, new FlagsChanged(ObjectFlags.Player | ObjectFlags.Programmer | ObjectFlags.Wizard))], ct);
            await tx.ApplyAsync(Creation.Plan(generic, "generic lamp", wizard, []), ct);
            await tx.ApplyAsync(LampDefinitions(generic, wizard, (await tx.FindAsync(generic, ct))!.NextVerbId), ct);
            return generic;
        });
        return outcome.IsCommitted ? outcome.Value : throw new InvalidOperationException($"Seeding the generic lamp failed: {outcome.Message}");
    }

    /// <summary>The lamp's properties and the <see cref="WorldVerbs"/>, defined on <paramref name="on"/> and owned by <paramref name="owner"/>.</summary>
    private static IEnumerable<ObjectChange> LampDefinitions(ObjectId on, ObjectId owner, int firstVerbId) =>
    [
        new(on, new PropertyAdded(new PropertyDefinition("description", "A well-used brass lamp.", owner, PropertyPermissions.Read))),
        new(on, new PropertyAdded(new PropertyDefinition("polished", 0L, owner, PropertyPermissions.Read))),
        .. WorldVerbs.All.Select((v, i) => new ObjectChange(on, new VerbAdded(
            new VerbDefinition(firstVerbId + i, v.Name, owner, VerbPermissions.Read | VerbPermissions.Execute, VerbArgSpec.ThisNoneThis, v.Body, 1)))),
    ];
}
