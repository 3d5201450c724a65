using System.Collections.Immutable;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// Plans recycling an object as LambdaMOO does it: its contents go nowhere, it leaves its
/// location, its children are re-parented to its own parents, values of its properties in
/// descendants are cleared, and only then is it turned into a tombstone. Calling the object's
/// <c>recycle</c> verb and the <c>exitfunc</c> hooks is the task's business, before this plan.
/// </summary>
public static class Recycling
{
    /// <summary>The events that recycle <paramref name="obj"/>, ending with <see cref="ObjectRecycled"/> on it.</summary>
    public static async ValueTask<ImmutableArray<ObjectChange>> PlanAsync(
        IObjectLookup lookup, ObjectState obj, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(obj);
        var changes = ImmutableArray.CreateBuilder<ObjectChange>();

        // The tombstone drops its own contents list, so only the items' side is written.
        foreach (var item in lookup.ContentsOf(obj)) changes.Add(new(item, new LocationChanged(SpecialObjects.Nothing)));
        if (await lookup.FindValidAsync(obj.Location, cancellationToken).ConfigureAwait(false) is not null)
            changes.Add(new(obj.Location, new ContentRemoved(obj.Id)));

        var gone = obj with { Recycled = true, Children = [], Parents = [] };
        var after = new OverlayLookup(lookup, await ReparentedChildrenAsync(lookup, obj, changes, cancellationToken).ConfigureAwait(false));
        changes.AddRange(await StaleOverrides.ClearAsync(lookup, new OverlayLookup(after, gone), obj, cancellationToken).ConfigureAwait(false));

        foreach (var parent in obj.Parents)
        {
            if (await lookup.FindValidAsync(parent, cancellationToken).ConfigureAwait(false) is not null)
                changes.Add(new(parent, new ChildRemoved(obj.Id)));
        }
        changes.Add(new(obj.Id, new ObjectRecycled()));
        return changes.ToImmutable();
    }

    /// <summary>
    /// Gives each child the recycled object's parents in its place, plans those events, and
    /// returns the children as they will be (for computing which overrides go stale).
    /// </summary>
    private static async ValueTask<List<ObjectState>> ReparentedChildrenAsync(
        IObjectLookup lookup, ObjectState obj, ImmutableArray<ObjectChange>.Builder changes, CancellationToken cancellationToken)
    {
        var reparented = new List<ObjectState>();
        var gainedChildren = new Dictionary<ObjectId, List<ObjectId>>();
        foreach (var childId in lookup.ChildrenOf(obj))
        {
            var child = await lookup.FindValidAsync(childId, cancellationToken).ConfigureAwait(false);
            if (child is null) continue;
            var index = child.Parents.IndexOf(obj.Id);
            if (index < 0) continue;
            var parents = child.Parents.RemoveAt(index).InsertRange(index, obj.Parents.Except(child.Parents)).ToImmutableArray();
            changes.Add(new(childId, new ParentsChanged(parents)));
            reparented.Add(child with { Parents = parents });
            foreach (var grandparent in obj.Parents.Except(child.Parents))
            {
                if (!gainedChildren.TryGetValue(grandparent, out var list)) gainedChildren[grandparent] = list = [];
                list.Add(childId);
            }
        }
        foreach (var (grandparent, children) in gainedChildren)
        {
            var state = await lookup.FindValidAsync(grandparent, cancellationToken).ConfigureAwait(false);
            if (state is null) continue;
            var existing = lookup.ChildrenOf(state);
            foreach (var child in children.Where(c => !existing.Contains(c))) changes.Add(new(grandparent, new ChildAdded(child)));
        }
        return reparented;
    }
}
