using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// Rules that keep the world's structure sound, whoever asks: no object inside or descended from
/// itself, no property name defined twice along any line of inheritance. They read the world
/// through a lookup, so they run over a task's transactional view.
/// </summary>
public static class StructureRules
{
    /// <summary>
    /// Moving <paramref name="item"/> to <paramref name="destination"/>: the destination is
    /// nowhere (<c>#-1</c>) or a valid object that is neither the item nor inside it.
    /// </summary>
    public static async ValueTask<PermissionCheck> CheckMoveAsync(
        IObjectLookup lookup, ObjectState item, ObjectId destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(item);
        if (destination == SpecialObjects.Nothing) return PermissionCheck.Allowed;
        var current = await lookup.FindValidAsync(destination, cancellationToken).ConfigureAwait(false);
        if (current is null) return PermissionCheck.Invalid($"{destination} is not a valid object.");
        var seen = new HashSet<ObjectId>();
        while (current is not null && seen.Add(current.Id))
        {
            if (current.Id == item.Id)
                return PermissionCheck.Deny(DenialKind.Recursion, $"{item.Describe()} can't be put inside itself.");
            current = await lookup.FindValidAsync(current.Location, cancellationToken).ConfigureAwait(false);
        }
        return PermissionCheck.Allowed;
    }

    /// <summary>
    /// Adding (or renaming a property to) <paramref name="name"/> on <paramref name="obj"/>: a valid
    /// property name that neither the object, nor any ancestor, nor any descendant defines.
    /// </summary>
    public static async ValueTask<PermissionCheck> CheckNewPropertyNameAsync(
        IObjectLookup lookup, ObjectState obj, string name, CancellationToken cancellationToken = default)
    {
        var check = NameRules.CheckPropertyName(name);
        if (!check.IsAllowed) return check;
        var order = await Ancestry.ResolutionOrderAsync(lookup, obj, cancellationToken).ConfigureAwait(false);
        if (PropertyLookup.FindDefinition(order, name) is { } existing)
            return PermissionCheck.Invalid($"A property named {name} is already defined on {existing.Definer.Describe()}.");
        foreach (var id in await Ancestry.DescendantsAsync(lookup, obj, cancellationToken).ConfigureAwait(false))
        {
            var descendant = await lookup.FindValidAsync(id, cancellationToken).ConfigureAwait(false);
            if (descendant?.FindDefinedProperty(name) is not null)
                return PermissionCheck.Invalid($"A property named {name} is already defined on {descendant.Describe()}, a descendant of {obj.Describe()}.");
        }
        return PermissionCheck.Allowed;
    }

    /// <summary>
    /// Giving <paramref name="obj"/> the parents <paramref name="newParents"/>: each is a valid
    /// object, none is the object or one of its descendants, and no property name would then be
    /// defined twice — between the new ancestors themselves, or between them and the object or
    /// its descendants (ToastStunt's rule for multiple parents).
    /// </summary>
    public static async ValueTask<PermissionCheck> CheckNewParentsAsync(
        IObjectLookup lookup, ObjectState obj, IReadOnlyList<ObjectId> newParents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(obj);
        ArgumentNullException.ThrowIfNull(newParents);
        foreach (var parent in newParents)
        {
            if (await lookup.FindValidAsync(parent, cancellationToken).ConfigureAwait(false) is null)
                return PermissionCheck.Invalid($"{parent} is not a valid object.");
        }
        if (await Ancestry.WouldCreateCycleAsync(lookup, obj.Id, newParents, cancellationToken).ConfigureAwait(false))
            return PermissionCheck.Deny(DenialKind.Recursion, $"{obj.Describe()} can't become its own ancestor.");

        var definers = new Dictionary<string, ObjectState>(MooNames.Comparer);
        var hypothetical = obj with { Parents = [.. newParents] };
        var ancestors = await Ancestry.ResolutionOrderAsync(new OverlayLookup(lookup, hypothetical), hypothetical, cancellationToken).ConfigureAwait(false);
        foreach (var ancestor in ancestors.Skip(1))
        {
            var clash = Claim(definers, ancestor);
            if (clash is not null) return clash.Value;
        }
        var below = await Ancestry.DescendantsAsync(lookup, obj, cancellationToken).ConfigureAwait(false);
        foreach (var id in below.Insert(0, obj.Id))
        {
            var member = id == obj.Id ? obj : await lookup.FindValidAsync(id, cancellationToken).ConfigureAwait(false);
            if (member is null) continue;
            var clash = Claim(definers, member);
            if (clash is not null) return clash.Value;
        }
        return PermissionCheck.Allowed;
    }

    /// <summary>Records the names <paramref name="owner"/> defines; a refusal when another object already claimed one.</summary>
    private static PermissionCheck? Claim(Dictionary<string, ObjectState> definers, ObjectState owner)
    {
        foreach (var property in owner.Properties)
        {
            if (definers.TryGetValue(property.Name, out var other) && other.Id != owner.Id)
                return PermissionCheck.Invalid($"The property {property.Name} is defined on both {other.Describe()} and {owner.Describe()}.");
            definers[property.Name] = owner;
        }
        return null;
    }
}
