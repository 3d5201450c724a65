using System.Collections.Immutable;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>Plans the creation of an object: its own first event and its parents' new child.</summary>
public static class Creation
{
    /// <summary>
    /// <see cref="ObjectCreated"/> on the new object, then <see cref="ChildAdded"/> on each parent.
    /// The id comes from the world's allocator (never reused); check
    /// <see cref="ObjectRules.CanCreate"/> and <see cref="NameRules.CheckObjectName"/> first.
    /// </summary>
    public static ImmutableArray<ObjectChange> Plan(ObjectId id, string name, ObjectId owner, ImmutableArray<ObjectId> parents)
    {
        ArgumentNullException.ThrowIfNull(name);
        var distinct = parents.Distinct().ToImmutableArray();
        return
        [
            new(id, new ObjectCreated(id, name, owner, distinct)),
            .. distinct.Select(parent => new ObjectChange(parent, new ChildAdded(id))),
        ];
    }
}
