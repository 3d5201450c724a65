using System.Collections.Immutable;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>The object's parents were replaced (chparent); the parents' sides are <see cref="ChildAdded"/>/<see cref="ChildRemoved"/>.</summary>
/// <param name="Parents">The new parents, in inheritance order.</param>
public sealed record ParentsChanged(ImmutableArray<ObjectId> Parents) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.parents-changed.v1";

    /// <summary>Structural equality (parents by content).</summary>
    public bool Equals(ParentsChanged? other) => other is not null && Parents.SequenceEqual(other.Parents);

    /// <inheritdoc />
    public override int GetHashCode() => Parents.Length;
}

/// <summary>An object now lists this one among its parents.</summary>
/// <param name="Child">The new child.</param>
public sealed record ChildAdded(ObjectId Child) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.child-added.v1";
}

/// <summary>An object no longer lists this one among its parents.</summary>
/// <param name="Child">The former child.</param>
public sealed record ChildRemoved(ObjectId Child) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.child-removed.v1";
}
