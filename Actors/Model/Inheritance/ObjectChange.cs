using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// One event addressed to one object: what the planners (<see cref="Movement"/>,
/// <see cref="Reparenting"/>, <see cref="Creation"/>, <see cref="Recycling"/>) produce for an
/// operation that touches several objects, all to be committed in one transaction.
/// </summary>
/// <param name="Target">The object the event belongs to.</param>
/// <param name="Event">The event.</param>
public sealed record ObjectChange(ObjectId Target, ObjectEvent Event);
