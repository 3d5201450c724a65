using System.Collections.Immutable;

namespace ActorMoo.Actors.Model;

/// <summary>
/// Finds overrides that an inheritance change would leave without a definition, and plans their
/// <see cref="PropertyCleared"/> events. Overrides are kept by name, so one left behind could
/// otherwise come back to life as the value of an unrelated property added later with the same name.
/// </summary>
internal static class StaleOverrides
{
    /// <summary>
    /// For <paramref name="root"/> and each of its descendants (as seen before the change), the
    /// overrides of properties visible through <paramref name="before"/> but no longer through
    /// <paramref name="after"/>.
    /// </summary>
    public static async ValueTask<ImmutableArray<ObjectChange>> ClearAsync(
        IObjectLookup before, IObjectLookup after, ObjectState root, CancellationToken cancellationToken)
    {
        var changes = ImmutableArray.CreateBuilder<ObjectChange>();
        var affected = await Ancestry.DescendantsAsync(before, root, cancellationToken).ConfigureAwait(false);
        foreach (var id in affected.Insert(0, root.Id))
        {
            var was = await before.FindValidAsync(id, cancellationToken).ConfigureAwait(false);
            var will = await after.FindValidAsync(id, cancellationToken).ConfigureAwait(false);
            // An object that is gone afterwards (being recycled) needs no cleaning.
            if (was is null || will is null || was.Overrides.IsEmpty) continue;
            var visible = await InheritedNamesAsync(after, will, cancellationToken).ConfigureAwait(false);
            foreach (var value in was.Overrides)
            {
                if (!visible.Contains(value.Name)) changes.Add(new(id, new PropertyCleared(value.Name)));
            }
        }
        return changes.ToImmutable();
    }

    private static async ValueTask<HashSet<string>> InheritedNamesAsync(IObjectLookup lookup, ObjectState obj, CancellationToken cancellationToken)
    {
        var order = await Ancestry.ResolutionOrderAsync(lookup, obj, cancellationToken).ConfigureAwait(false);
        return new HashSet<string>(order.Skip(1).SelectMany(a => a.Properties).Select(p => p.Name), MooNames.Comparer);
    }
}
