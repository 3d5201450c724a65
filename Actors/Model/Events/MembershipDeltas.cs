namespace ActorMoo.Actors.Model;

/// <summary>
/// The membership events: an object joining or leaving another object's contents
/// (<see cref="ContentAdded"/>, <see cref="ContentRemoved"/>) or children (<see cref="ChildAdded"/>,
/// <see cref="ChildRemoved"/>). Each is the container's side of a change whose truth is the member's
/// own field — its location or its parents — written in the same task. Two of them for different
/// members commute, so the transaction layer commits a container that only receives such events
/// without checking its version, unless the task used the list itself
/// (docs/tasks-and-transactions.md, "Membership lists commute").
/// </summary>
public static class MembershipDeltas
{
    /// <summary>True when <paramref name="e"/> only adds or removes one member of a contents or children list.</summary>
    public static bool Is(object e) => e is ContentAdded or ContentRemoved or ChildAdded or ChildRemoved;

    /// <summary>True when every one of <paramref name="events"/> is a membership event (and there is at least one).</summary>
    public static bool AreAll(IReadOnlyCollection<object> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events.Count > 0 && events.All(Is);
    }
}
