using System.Collections.Immutable;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// A read view of the world's objects. Resolution, permission and parser functions read the
/// world only through it, so the same code runs over an in-memory table in tests and in the
/// starter-core loader, and over a task's transactional view (committed versions plus the task's
/// own buffered writes, fetched from object actors) in the running world.
/// </summary>
/// <remarks>
/// Asynchronous because a transactional view may have to ask an object actor; views that hold
/// everything in memory complete synchronously, so the cost is one <see cref="ValueTask{T}"/>.
/// </remarks>
public interface IObjectLookup
{
    /// <summary>
    /// The object's state as this view sees it, or null when no object with that id was ever
    /// created. Recycled objects are returned as their tombstones (<see cref="ObjectState.Recycled"/>).
    /// </summary>
    ValueTask<ObjectState?> FindAsync(ObjectId id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Like <see cref="FindAsync"/>, for a caller that only compares the object's names with a word
    /// the player typed (the command parser's candidates). A task's view leaves such an object out
    /// of what the task depends on until something reads it with <see cref="FindAsync"/>, uses its
    /// lists or writes it: otherwise every command typed in a room would conflict with every thing
    /// moved or changed in it meanwhile (docs/tasks-and-transactions.md, "Name lookups").
    /// </summary>
    ValueTask<ObjectState?> PeekAsync(ObjectId id, CancellationToken cancellationToken = default) =>
        FindAsync(id, cancellationToken);

    /// <summary>
    /// Tells the view that the caller uses the contents or children list of <paramref name="id"/>
    /// for what it does (iterates it, copies it, decides by it), not merely to look a name up. A
    /// task's view then makes the lists part of what the task read, so that another task adding or
    /// removing a member meanwhile conflicts with it; without this call those changes commute with
    /// the task (docs/tasks-and-transactions.md, "Membership lists commute"). Views that hold the
    /// whole world in memory need not care.
    /// </summary>
    void NoteMembershipRead(ObjectId id)
    {
    }
}

/// <summary>Conveniences over <see cref="IObjectLookup"/>.</summary>
public static class ObjectLookupExtensions
{
    /// <summary>The object when it exists and is not recycled (MOO's <c>valid()</c>), otherwise null.</summary>
    public static async ValueTask<ObjectState?> FindValidAsync(this IObjectLookup lookup, ObjectId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        if (id.Value < 0) return null;
        var state = await lookup.FindAsync(id, cancellationToken).ConfigureAwait(false);
        return state is { IsValid: true } ? state : null;
    }

    /// <summary>Like <see cref="FindValidAsync"/>, through <see cref="IObjectLookup.PeekAsync"/>: for a name lookup only.</summary>
    public static async ValueTask<ObjectState?> PeekValidAsync(this IObjectLookup lookup, ObjectId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        if (id.Value < 0) return null;
        var state = await lookup.PeekAsync(id, cancellationToken).ConfigureAwait(false);
        return state is { IsValid: true } ? state : null;
    }

    /// <summary>The contents of <paramref name="state"/>, noted as used (<see cref="IObjectLookup.NoteMembershipRead"/>).</summary>
    public static ImmutableArray<ObjectId> ContentsOf(this IObjectLookup lookup, ObjectState state)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(state);
        lookup.NoteMembershipRead(state.Id);
        return state.Contents;
    }

    /// <summary>The children of <paramref name="state"/>, noted as used (<see cref="IObjectLookup.NoteMembershipRead"/>).</summary>
    public static ImmutableArray<ObjectId> ChildrenOf(this IObjectLookup lookup, ObjectState state)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(state);
        lookup.NoteMembershipRead(state.Id);
        return state.Children;
    }
}
