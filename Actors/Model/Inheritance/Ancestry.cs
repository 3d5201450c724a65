using System.Collections.Immutable;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// Multiple inheritance over a lookup. The resolution order of an object is the object itself,
/// then its ancestors depth-first, left to right in parent order, each ancestor kept only at its
/// first occurrence (ToastStunt's order). Properties and verbs are looked up in this order, so a
/// verb on the first parent's line shadows one on the second parent's. Missing and recycled
/// ancestors are skipped.
/// </summary>
public static class Ancestry
{
    /// <summary>The object followed by its valid ancestors in resolution order.</summary>
    public static async ValueTask<ImmutableArray<ObjectState>> ResolutionOrderAsync(
        IObjectLookup lookup, ObjectState obj, CancellationToken cancellationToken = default)
    {
        var order = ImmutableArray.CreateBuilder<ObjectState>();
        await FirstAsync<ObjectState>(lookup, obj, o =>
        {
            order.Add(o);
            return null;
        }, cancellationToken).ConfigureAwait(false);
        return order.ToImmutable();
    }

    /// <summary>
    /// Walks <paramref name="obj"/> and then its valid ancestors in resolution order and returns the
    /// first non-null answer of <paramref name="pick"/>, or null when none answers.
    /// </summary>
    /// <remarks>
    /// Stops at the first answer, so ancestors past it are never read: a lookup that is answered
    /// near the object neither asks their actors nor adds them to a task's read set, which is sound
    /// because they cannot have influenced the answer. The object itself is tried before anything
    /// is allocated for the walk.
    /// </remarks>
    public static async ValueTask<T?> FirstAsync<T>(
        IObjectLookup lookup, ObjectState obj, Func<ObjectState, T?> pick, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(obj);
        ArgumentNullException.ThrowIfNull(pick);
        if (pick(obj) is { } own) return own;
        if (obj.Parents.IsEmpty) return null;
        var seen = new HashSet<ObjectId> { obj.Id };
        var stack = new Stack<ObjectId>();
        PushParents(stack, obj);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (!seen.Add(id)) continue;
            var ancestor = await lookup.FindValidAsync(id, cancellationToken).ConfigureAwait(false);
            if (ancestor is null) continue;
            if (pick(ancestor) is { } found) return found;
            PushParents(stack, ancestor);
        }
        return null;
    }

    /// <summary>The ids of the object's valid ancestors in resolution order (without the object).</summary>
    public static async ValueTask<ImmutableArray<ObjectId>> AncestorsAsync(
        IObjectLookup lookup, ObjectState obj, CancellationToken cancellationToken = default)
    {
        var order = await ResolutionOrderAsync(lookup, obj, cancellationToken).ConfigureAwait(false);
        return [.. order.Skip(1).Select(o => o.Id)];
    }

    /// <summary>True when <paramref name="obj"/> is <paramref name="ancestor"/> or descends from it (MOO's <c>isa</c>).</summary>
    public static async ValueTask<bool> IsaAsync(
        IObjectLookup lookup, ObjectState obj, ObjectId ancestor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(obj);
        if (obj.Id == ancestor) return true;
        return await FirstAsync(lookup, obj, o => o.Id == ancestor ? o : null, cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <summary>
    /// The ids of every valid descendant of <paramref name="obj"/>, breadth-first through the
    /// children lists, each once (an object may descend along several lines).
    /// </summary>
    public static async ValueTask<ImmutableArray<ObjectId>> DescendantsAsync(
        IObjectLookup lookup, ObjectState obj, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(obj);
        var result = ImmutableArray.CreateBuilder<ObjectId>();
        var seen = new HashSet<ObjectId> { obj.Id };
        var queue = new Queue<ObjectState>([obj]);
        while (queue.Count > 0)
        {
            foreach (var childId in lookup.ChildrenOf(queue.Dequeue()))
            {
                if (!seen.Add(childId)) continue;
                var child = await lookup.FindValidAsync(childId, cancellationToken).ConfigureAwait(false);
                if (child is null) continue;
                result.Add(childId);
                queue.Enqueue(child);
            }
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// True when giving <paramref name="obj"/> the parents <paramref name="newParents"/> would make
    /// it its own ancestor: a new parent is the object itself or one of its descendants.
    /// </summary>
    public static async ValueTask<bool> WouldCreateCycleAsync(
        IObjectLookup lookup, ObjectId obj, IEnumerable<ObjectId> newParents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newParents);
        foreach (var parentId in newParents)
        {
            if (parentId == obj) return true;
            var parent = await lookup.FindValidAsync(parentId, cancellationToken).ConfigureAwait(false);
            if (parent is not null && await IsaAsync(lookup, parent, obj, cancellationToken).ConfigureAwait(false)) return true;
        }
        return false;
    }

    private static void PushParents(Stack<ObjectId> stack, ObjectState obj)
    {
        // Pushed right to left so that the leftmost parent is popped, and walked, first.
        for (var i = obj.Parents.Length - 1; i >= 0; i--) stack.Push(obj.Parents[i]);
    }
}
