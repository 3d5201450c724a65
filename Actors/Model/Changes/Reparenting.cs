using System.Collections.Immutable;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// Plans a change of parents (chparent): the object's new parents, the old and new parents'
/// children lists, and — as LambdaMOO does — the clearing of values of properties that the
/// object or its descendants no longer inherit.
/// </summary>
public static class Reparenting
{
    /// <summary>
    /// The events that give <paramref name="obj"/> the parents <paramref name="newParents"/>.
    /// Check <see cref="ObjectRules.CanChangeParents"/> and <see cref="StructureRules.CheckNewParentsAsync"/> first.
    /// </summary>
    public static async ValueTask<ImmutableArray<ObjectChange>> PlanAsync(
        IObjectLookup lookup, ObjectState obj, ImmutableArray<ObjectId> newParents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(obj);
        var parents = newParents.Distinct().ToImmutableArray();
        var changes = ImmutableArray.CreateBuilder<ObjectChange>();
        changes.Add(new(obj.Id, new ParentsChanged(parents)));
        foreach (var old in obj.Parents.Except(parents))
        {
            if (await lookup.FindValidAsync(old, cancellationToken).ConfigureAwait(false) is not null)
                changes.Add(new(old, new ChildRemoved(obj.Id)));
        }
        foreach (var added in parents.Except(obj.Parents)) changes.Add(new(added, new ChildAdded(obj.Id)));

        var after = new OverlayLookup(lookup, obj with { Parents = parents });
        changes.AddRange(await StaleOverrides.ClearAsync(lookup, after, obj, cancellationToken).ConfigureAwait(false));
        return changes.ToImmutable();
    }
}
