using System.Collections.Immutable;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// The one way to change an <see cref="ObjectState"/>: a pure function from a state and an
/// event to the next state, used alike when a task commits and when an actor replays its journal.
/// Every applied event raises <see cref="ObjectState.Version"/> by one; a membership event
/// (<see cref="MembershipDeltas"/>) also raises <see cref="ObjectState.MembershipVersion"/>.
/// </summary>
public static partial class ObjectEvents
{
    /// <summary>
    /// Applies <paramref name="e"/> to <paramref name="state"/> (null before <see cref="ObjectCreated"/>).
    /// </summary>
    /// <exception cref="ObjectEventException">The event does not fit the state.</exception>
    public static ObjectState Apply(ObjectState? state, ObjectEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (state is null)
        {
            return e is ObjectCreated created
                ? Create(created)
                : throw new ObjectEventException($"{e.GetType().Name} applied to an object that was never created.");
        }
        if (state.Recycled) throw Misfit(state, e, "the object is recycled");

        var next = e switch
        {
            ObjectCreated => throw Misfit(state, e, "the object already exists"),
            ObjectRecycled => Recycle(state),
            ObjectRenamed renamed => state with { Name = renamed.Name },
            AliasesSet aliases => state with { Aliases = aliases.Aliases },
            OwnerChanged owner => state with { Owner = owner.Owner },
            FlagsChanged flags => state with { Flags = flags.Flags },
            ParentsChanged parents => state with { Parents = parents.Parents },
            ChildAdded child => state with { Children = Add(state, e, state.Children, child.Child, "child") },
            ChildRemoved child => state with { Children = Remove(state, e, state.Children, child.Child, "child") },
            LocationChanged moved => state with { Location = moved.Location },
            ContentAdded item => state with { Contents = Add(state, e, state.Contents, item.Item, "content") },
            ContentRemoved item => state with { Contents = Remove(state, e, state.Contents, item.Item, "content") },
            PropertyAdded added => AddProperty(state, added),
            PropertyValueSet set => SetPropertyValue(state, set),
            PropertyCleared cleared => state with { Overrides = state.Overrides.RemoveAll(o => o.IsNamed(cleared.Name)) },
            PropertyInfoChanged info => ChangePropertyInfo(state, info),
            PropertyOverrideRenamed renamed => RenameOverride(state, renamed),
            PropertyDeleted deleted => DeleteProperty(state, deleted),
            VerbAdded added => AddVerb(state, added),
            VerbCodeSet code => ChangeVerb(state, e, code.VerbId, v => v with { Code = code.Code, Version = v.Version + 1 }),
            VerbInfoChanged info => ChangeVerb(state, e, info.VerbId, v => v with { Names = info.Names, Owner = info.Owner, Permissions = info.Permissions }),
            VerbArgsChanged args => ChangeVerb(state, e, args.VerbId, v => v with { ArgSpec = args.ArgSpec }),
            VerbDeleted deleted => DeleteVerb(state, deleted),
            _ => throw Misfit(state, e, "the event type is unknown"),
        };
        return next with
        {
            Version = state.Version + 1,
            MembershipVersion = state.MembershipVersion + (MembershipDeltas.Is(e) ? 1 : 0),
        };
    }

    /// <summary>Applies the events in order; <paramref name="state"/> is null for a history that starts with creation.</summary>
    /// <exception cref="ObjectEventException">An event does not fit.</exception>
    public static ObjectState ApplyAll(ObjectState? state, IEnumerable<ObjectEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var e in events) state = Apply(state, e);
        return state ?? throw new ObjectEventException("No events to build an object from.");
    }

    private static ObjectState Create(ObjectCreated created) => new()
    {
        Id = created.Id,
        Name = created.Name,
        Owner = created.Owner,
        Parents = created.Parents,
        Version = 1,
    };

    /// <summary>The tombstone keeps identity, properties and verbs for forensics, and drops every link.</summary>
    private static ObjectState Recycle(ObjectState state) => state with
    {
        Recycled = true,
        Location = SpecialObjects.Nothing,
        Contents = [],
        Parents = [],
        Children = [],
    };

    private static ImmutableArray<ObjectId> Add(ObjectState state, ObjectEvent e, ImmutableArray<ObjectId> list, ObjectId item, string what) =>
        list.Contains(item) ? throw Misfit(state, e, $"{item} is already a {what}") : list.Add(item);

    private static ImmutableArray<ObjectId> Remove(ObjectState state, ObjectEvent e, ImmutableArray<ObjectId> list, ObjectId item, string what) =>
        list.Contains(item) ? list.Remove(item) : throw Misfit(state, e, $"{item} is not a {what}");

    private static ObjectEventException Misfit(ObjectState state, ObjectEvent e, string why) =>
        new($"Cannot apply {e} to {state.Describe()}: {why}.");
}
