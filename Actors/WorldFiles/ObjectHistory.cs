using ActorMoo.Actors.Model;

namespace ActorMoo.Actors.WorldFiles;

/// <summary>
/// The events that build an object's state from nothing: what the loader journals for each
/// object of an imported world. Replaying them (<see cref="ObjectEvents.ApplyAll"/>) gives the state
/// back, with event and verb code versions starting again at 1.
/// </summary>
public static class ObjectHistory
{
    /// <summary>The events that create <paramref name="state"/>, in an order <see cref="ObjectEvents.Apply"/> accepts.</summary>
    public static List<ObjectEvent> Of(ObjectState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var events = new List<ObjectEvent> { new ObjectCreated(state.Id, state.Name, state.Owner, state.Parents) };
        if (!state.Aliases.IsEmpty) events.Add(new AliasesSet(state.Aliases));
        if (state.Flags != ObjectFlags.None) events.Add(new FlagsChanged(state.Flags));
        if (state.Location != SpecialObjects.Nothing) events.Add(new LocationChanged(state.Location));
        events.AddRange(state.Contents.Select(item => new ContentAdded(item)));
        events.AddRange(state.Children.Select(child => new ChildAdded(child)));
        events.AddRange(state.Properties.Select(property => new PropertyAdded(property)));
        events.AddRange(state.Overrides.Select(value => new PropertyValueSet(value.Name, value.Value)));
        events.AddRange(state.Verbs.Select(verb => new VerbAdded(verb with { Version = 1 })));
        return events;
    }
}
