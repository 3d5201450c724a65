using System.Collections.Immutable;

namespace ActorMoo.Actors.Model;

/// <summary>
/// Property resolution over a lookup: find which ancestor defines a name, and which value holds on
/// a given object — its own definition's, its own override, else the override of the nearest
/// object between it and the definer in resolution order, else the definition's value.
/// </summary>
public static class PropertyLookup
{
    /// <summary>The property <paramref name="name"/> as seen on <paramref name="obj"/>, or null when nothing defines it.</summary>
    public static async ValueTask<ResolvedProperty?> ResolveAsync(
        IObjectLookup lookup, ObjectState obj, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        // Walked only up to the definer: the value can come only from the objects between it and
        // obj, so nothing further up is read (nor, in a task, added to its read set).
        var walked = new List<ObjectState>();
        var definer = await Ancestry.FirstAsync(lookup, obj, candidate =>
        {
            walked.Add(candidate);
            return candidate.FindDefinedProperty(name) is null ? null : candidate;
        }, cancellationToken).ConfigureAwait(false);
        return definer is null ? null : await ResolveInOrderAsync(lookup, walked, name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Every property visible on <paramref name="obj"/>: its own definitions first, then each
    /// ancestor's in resolution order, each resolved on <paramref name="obj"/>.
    /// </summary>
    public static async ValueTask<ImmutableArray<ResolvedProperty>> AllAsync(
        IObjectLookup lookup, ObjectState obj, CancellationToken cancellationToken = default)
    {
        var order = await Ancestry.ResolutionOrderAsync(lookup, obj, cancellationToken).ConfigureAwait(false);
        var result = ImmutableArray.CreateBuilder<ResolvedProperty>();
        var seen = new HashSet<string>(MooNames.Comparer);
        foreach (var definer in order)
        {
            foreach (var definition in definer.Properties)
            {
                if (!seen.Add(definition.Name)) continue;
                var resolved = await ResolveInOrderAsync(lookup, order, definition.Name, cancellationToken).ConfigureAwait(false);
                if (resolved is not null) result.Add(resolved);
            }
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// The object in <paramref name="objects"/> (and the object that defines the name) that first
    /// defines <paramref name="name"/>, or null.
    /// </summary>
    public static (ObjectState Definer, PropertyDefinition Definition)? FindDefinition(IEnumerable<ObjectState> objects, string name)
    {
        ArgumentNullException.ThrowIfNull(objects);
        foreach (var candidate in objects)
        {
            if (candidate.FindDefinedProperty(name) is { } definition) return (candidate, definition);
        }
        return null;
    }

    private static async ValueTask<ResolvedProperty?> ResolveInOrderAsync(
        IObjectLookup lookup, IReadOnlyList<ObjectState> order, string name, CancellationToken cancellationToken)
    {
        if (FindDefinition(order, name) is not { } found) return null;
        var (definer, definition) = found;
        var obj = order[0];
        if (obj.Id == definer.Id) return new(obj, definer.Id, definition, definition.Value, IsClear: false);
        if (obj.FindOverride(name) is { } own) return new(obj, definer.Id, definition, own.Value, IsClear: false);

        // The nearest override on the way up to the definer. Only objects that descend from the
        // definer count: an override can outlive a chparent that took the definer away.
        for (var i = 1; i < order.Count; i++)
        {
            var between = order[i];
            if (between.Id == definer.Id) break;
            if (between.FindOverride(name) is { } inherited
                && await Ancestry.IsaAsync(lookup, between, definer.Id, cancellationToken).ConfigureAwait(false))
            {
                return new(obj, definer.Id, definition, inherited.Value, IsClear: true);
            }
        }
        return new(obj, definer.Id, definition, definition.Value, IsClear: true);
    }
}
