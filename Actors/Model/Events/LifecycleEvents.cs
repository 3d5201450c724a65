using System.Collections.Immutable;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// The object came into being: the first event of every object. It starts nowhere
/// (<c>#-1</c>), with no flags, properties or verbs; its parents learn of it through
/// <see cref="ChildAdded"/> (see <see cref="Creation.Plan"/>).
/// </summary>
/// <param name="Id">The new object's number (never reused).</param>
/// <param name="Name">Its name.</param>
/// <param name="Owner">Its owner.</param>
/// <param name="Parents">Its parents, in inheritance order.</param>
public sealed record ObjectCreated(ObjectId Id, string Name, ObjectId Owner, ImmutableArray<ObjectId> Parents) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.object-created.v1";

    /// <summary>Structural equality (parents by content).</summary>
    public bool Equals(ObjectCreated? other) =>
        other is not null && Id == other.Id && Name == other.Name && Owner == other.Owner && Parents.SequenceEqual(other.Parents);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Owner, Parents.Length);
}

/// <summary>
/// The object was recycled. What remains is a tombstone (<see cref="ObjectState.Recycled"/>):
/// its location, contents, parents and children are emptied, and it accepts no further events.
/// The other sides (contents, location, parents, children) get their own events from
/// <see cref="Recycling.PlanAsync"/>.
/// </summary>
public sealed record ObjectRecycled : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.object-recycled.v1";
}
