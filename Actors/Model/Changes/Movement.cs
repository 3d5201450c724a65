using System.Collections.Immutable;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// Plans a move as the events on every side: the item's new location and both containers'
/// contents, so that "every item is in exactly one container and every container's contents
/// agree with its items' locations" holds after any committed set of moves.
/// </summary>
public static class Movement
{
    /// <summary>
    /// The events that move <paramref name="item"/> to <paramref name="destination"/>
    /// (<c>#-1</c> for nowhere): <see cref="ContentRemoved"/> on the old location (if any),
    /// <see cref="LocationChanged"/> on the item, <see cref="ContentAdded"/> on the destination
    /// (if any). Empty when the item is already there. Check <see cref="StructureRules.CheckMoveAsync"/>
    /// and <see cref="ObjectRules.CanMove"/> first.
    /// </summary>
    public static ImmutableArray<ObjectChange> Plan(ObjectState item, ObjectId destination)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Location == destination) return [];
        var changes = ImmutableArray.CreateBuilder<ObjectChange>(3);
        if (item.Location != SpecialObjects.Nothing) changes.Add(new(item.Location, new ContentRemoved(item.Id)));
        changes.Add(new(item.Id, new LocationChanged(destination)));
        if (destination != SpecialObjects.Nothing) changes.Add(new(destination, new ContentAdded(item.Id)));
        return changes.ToImmutable();
    }
}
