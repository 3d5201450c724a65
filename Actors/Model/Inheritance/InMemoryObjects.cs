using System.Collections.Immutable;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// An immutable in-memory world: a map from ids to states that applies events by returning a new
/// map. The lookup for tests, for building the starter core and imports before they are written,
/// and for any code that wants to try a plan before committing it.
/// </summary>
public sealed class InMemoryObjects : IObjectLookup
{
    private readonly ImmutableDictionary<ObjectId, ObjectState> _objects;

    private InMemoryObjects(ImmutableDictionary<ObjectId, ObjectState> objects) => _objects = objects;

    /// <summary>A world with no objects.</summary>
    public static InMemoryObjects Empty { get; } = new(ImmutableDictionary<ObjectId, ObjectState>.Empty);

    /// <summary>Every object, recycled ones included.</summary>
    public IEnumerable<ObjectState> All => _objects.Values;

    /// <summary>The object's state (a tombstone when recycled), or null.</summary>
    public ObjectState? this[ObjectId id] => _objects.GetValueOrDefault(id);

    /// <inheritdoc />
    public ValueTask<ObjectState?> FindAsync(ObjectId id, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_objects.GetValueOrDefault(id));

    /// <summary>This world with <paramref name="state"/> put in place as it is (no event applied).</summary>
    public InMemoryObjects With(ObjectState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(_objects.SetItem(state.Id, state));
    }

    /// <summary>This world after applying one event to its target.</summary>
    /// <exception cref="ObjectEventException">The event does not fit its target.</exception>
    public InMemoryObjects Apply(ObjectChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new(_objects.SetItem(change.Target, ObjectEvents.Apply(_objects.GetValueOrDefault(change.Target), change.Event)));
    }

    /// <summary>This world after applying the changes in order.</summary>
    /// <exception cref="ObjectEventException">An event does not fit its target.</exception>
    public InMemoryObjects Apply(IEnumerable<ObjectChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var builder = _objects.ToBuilder();
        foreach (var change in changes)
        {
            builder[change.Target] = ObjectEvents.Apply(builder.GetValueOrDefault(change.Target), change.Event);
        }
        return new(builder.ToImmutable());
    }
}
