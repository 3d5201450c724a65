using System.Collections.Immutable;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// Plans the property changes that reach beyond the definer: deleting a property clears its
/// values in descendants, renaming it carries their values over to the new name.
/// </summary>
public static class PropertyChanges
{
    /// <summary>
    /// <see cref="PropertyDeleted"/> on <paramref name="definer"/> and <see cref="PropertyCleared"/>
    /// on every descendant holding a value of it. Check <see cref="PropertyRules.CanDelete"/> first.
    /// </summary>
    public static async ValueTask<ImmutableArray<ObjectChange>> DeleteAsync(
        IObjectLookup lookup, ObjectState definer, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definer);
        var changes = ImmutableArray.CreateBuilder<ObjectChange>();
        changes.Add(new(definer.Id, new PropertyDeleted(name)));
        foreach (var (descendant, value) in await OverridesBelowAsync(lookup, definer, name, cancellationToken).ConfigureAwait(false))
            changes.Add(new(descendant, new PropertyCleared(value.Name)));
        return changes.ToImmutable();
    }

    /// <summary>
    /// <see cref="PropertyInfoChanged"/> on <paramref name="definer"/> and, when the name changes,
    /// <see cref="PropertyOverrideRenamed"/> on every descendant holding a value of it. Check
    /// <see cref="PropertyRules.CanChangeInfo"/> and, for a new name,
    /// <see cref="StructureRules.CheckNewPropertyNameAsync"/> first.
    /// </summary>
    public static async ValueTask<ImmutableArray<ObjectChange>> ChangeInfoAsync(
        IObjectLookup lookup, ObjectState definer, string name, string? newName, ObjectId owner, PropertyPermissions permissions,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definer);
        var changes = ImmutableArray.CreateBuilder<ObjectChange>();
        changes.Add(new(definer.Id, new PropertyInfoChanged(name, newName, owner, permissions)));
        if (newName is not null && !MooNames.Equal(name, newName))
        {
            foreach (var (descendant, value) in await OverridesBelowAsync(lookup, definer, name, cancellationToken).ConfigureAwait(false))
                changes.Add(new(descendant, new PropertyOverrideRenamed(value.Name, newName)));
        }
        return changes.ToImmutable();
    }

    private static async ValueTask<List<(ObjectId, PropertyOverride)>> OverridesBelowAsync(
        IObjectLookup lookup, ObjectState definer, string name, CancellationToken cancellationToken)
    {
        var found = new List<(ObjectId, PropertyOverride)>();
        foreach (var id in await Ancestry.DescendantsAsync(lookup, definer, cancellationToken).ConfigureAwait(false))
        {
            var descendant = await lookup.FindValidAsync(id, cancellationToken).ConfigureAwait(false);
            if (descendant?.FindOverride(name) is { } value) found.Add((id, value));
        }
        return found;
    }
}
