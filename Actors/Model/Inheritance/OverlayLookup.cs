using System.Collections.Immutable;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// A lookup that sees a few hypothetical states over another lookup: "what would inheritance
/// look like if this object had those parents?" — used to validate and plan changes before any
/// event exists.
/// </summary>
public sealed class OverlayLookup : IObjectLookup
{
    private readonly IObjectLookup _inner;
    private readonly ImmutableDictionary<ObjectId, ObjectState> _overrides;

    /// <summary>Creates a view of <paramref name="inner"/> in which each of <paramref name="states"/> replaces the object with its id.</summary>
    public OverlayLookup(IObjectLookup inner, params IEnumerable<ObjectState> states)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(states);
        _inner = inner;
        _overrides = states.ToImmutableDictionary(s => s.Id);
    }

    /// <inheritdoc />
    public ValueTask<ObjectState?> FindAsync(ObjectId id, CancellationToken cancellationToken = default) =>
        _overrides.TryGetValue(id, out var state) ? ValueTask.FromResult<ObjectState?>(state) : _inner.FindAsync(id, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Passed on even for a hypothetical state: the plan built over it acts on the real lists.</remarks>
    public void NoteMembershipRead(ObjectId id) => _inner.NoteMembershipRead(id);
}
