using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Accounts;

/// <summary>
/// Creates and removes player objects in world tasks: a new player is a child of <c>$player</c>
/// (or of <c>$guest</c> for guests, falling back to <c>$player</c>), owns itself, has the player flag,
/// and starts in <c>$player_start</c>. Without those <c>$</c> objects (an empty world) it is a plain
/// parentless object with the player flag, in no room.
/// </summary>
public sealed class PlayerObjects
{
    private readonly WorldTasks _tasks;

    /// <summary>Creates the helper over the world's task runner.</summary>
    public PlayerObjects(WorldTasks tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        _tasks = tasks;
    }

    /// <summary>Creates a player named <paramref name="name"/> with <paramref name="flags"/> besides the player flag.</summary>
    /// <param name="name">The object's name.</param>
    /// <param name="flags">Extra flags (programmer, wizard).</param>
    /// <param name="parentNames">The <c>$</c> names to try for the parent, first defined wins.</param>
    /// <param name="cancellationToken">Cancels the task.</param>
    /// <exception cref="InvalidOperationException">The task did not commit (its message says why).</exception>
    public async Task<ObjectId> CreateAsync(string name, ObjectFlags flags, IReadOnlyList<string> parentNames, CancellationToken cancellationToken = default)
    {
        var outcome = await TryCreateAsync(name, flags, parentNames, cancellationToken).ConfigureAwait(false);
        return outcome.IsCommitted
            ? outcome.Value
            : throw new InvalidOperationException($"The player object could not be created: {outcome.Message}");
    }

    /// <summary>
    /// Like <see cref="CreateAsync"/>, answering the task's outcome instead of throwing; a task that did
    /// not commit changed nothing (an id it took is simply never used).
    /// </summary>
    public Task<TaskOutcome<ObjectId>> TryCreateAsync(string name, ObjectFlags flags, IReadOnlyList<string> parentNames, CancellationToken cancellationToken = default) =>
        _tasks.RunAsync(
            async (tx, ct) =>
            {
                var parent = await FirstDefinedAsync(tx, parentNames, ct).ConfigureAwait(false);
                var id = await tx.AllocateIdAsync(ct).ConfigureAwait(false);
                await tx.ApplyAsync(Creation.Plan(id, name, id, parent is { } p ? [p] : []), ct).ConfigureAwait(false);
                await tx.ApplyAsync([new ObjectChange(id, new FlagsChanged(ObjectFlags.Player | flags))], ct).ConfigureAwait(false);
                if (await FirstDefinedAsync(tx, ["player_start"], ct).ConfigureAwait(false) is { } start)
                    await tx.ApplyAsync(Movement.Plan((await tx.FindAsync(id, ct).ConfigureAwait(false))!, start), ct).ConfigureAwait(false);
                return id;
            },
            cancellationToken);

    /// <summary>The valid player object <paramref name="player"/>, or null when it was recycled or is no player.</summary>
    public async Task<ObjectState?> FindPlayerAsync(ObjectId player, CancellationToken cancellationToken = default)
    {
        var outcome = await _tasks.RunAsync((tx, ct) => tx.FindValidAsync(player, ct), cancellationToken).ConfigureAwait(false);
        return outcome is { IsCommitted: true, Value: { } state } && state.Has(ObjectFlags.Player) ? state : null;
    }

    /// <summary>Recycles <paramref name="player"/> (a guest leaving); true when it is gone.</summary>
    public async Task<bool> RecycleAsync(ObjectId player, CancellationToken cancellationToken = default)
    {
        var outcome = await _tasks.RunAsync(
            async (tx, ct) =>
            {
                if (await tx.FindValidAsync(player, ct).ConfigureAwait(false) is not { } state)
                    return false;
                await tx.ApplyAsync(await Recycling.PlanAsync(tx, state, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
        return outcome is { IsCommitted: true, Value: true };
    }

    /// <summary>
    /// Removes a deleted character's player object: tells its connections <paramref name="notice"/>,
    /// disconnects them and recycles the object, in one task (so the player is never left connected to
    /// a recycled object). As <c>@recycle</c> does, what it carries goes nowhere (#-1) and objects it
    /// owns elsewhere keep it as their (now invalid) owner. True when the object is gone (or already was).
    /// </summary>
    public async Task<bool> RemoveAsync(ObjectId player, string notice, CancellationToken cancellationToken = default)
    {
        var outcome = await _tasks.RunAsync(
            async (tx, ct) =>
            {
                if (await tx.FindValidAsync(player, ct).ConfigureAwait(false) is not { } state)
                    return true;
                tx.Emit(new NotifyEffect(player, notice));
                tx.Emit(new BootPlayerEffect(player));
                await tx.ApplyAsync(await Recycling.PlanAsync(tx, state, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
        return outcome is { IsCommitted: true, Value: true };
    }

    private static async ValueTask<ObjectId?> FirstDefinedAsync(WorldTransaction tx, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        foreach (var name in names)
        {
            if (await SystemObjects.ResolveAsync(tx, name, cancellationToken).ConfigureAwait(false) is { } id
                && await tx.FindValidAsync(id, cancellationToken).ConfigureAwait(false) is not null)
                return id;
        }
        return null;
    }
}
