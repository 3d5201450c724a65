using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// A property as it appears on one object after inheritance: the definition it comes from and
/// the value, owner and bits that hold on this object.
/// </summary>
/// <param name="Object">The object the property was looked up on.</param>
/// <param name="Definer">The object that defines the property.</param>
/// <param name="Definition">The definition on <paramref name="Definer"/>.</param>
/// <param name="Value">The value on <paramref name="Object"/>: its own, or the nearest one inherited.</param>
/// <param name="IsClear">True when <paramref name="Object"/> inherits the value (it neither defines nor overrides it).</param>
public sealed record ResolvedProperty(ObjectState Object, ObjectId Definer, PropertyDefinition Definition, MooValue Value, bool IsClear)
{
    /// <summary>The property's name as defined.</summary>
    public string Name => Definition.Name;

    /// <summary>The <c>rwc</c> bits (always the definition's).</summary>
    public PropertyPermissions Permissions => Definition.Permissions;

    /// <summary>True when <see cref="Object"/> is the definer.</summary>
    public bool IsDefinedHere => Object.Id == Definer;

    /// <summary>
    /// Who owns the property on <see cref="Object"/>, by LambdaMOO's rule: the definition's owner on
    /// the definer and, without the <c>c</c> bit, on every descendant; with <c>c</c>, on a descendant
    /// the descendant's owner (so it may write its own copy).
    /// </summary>
    public ObjectId Owner =>
        IsDefinedHere || !Permissions.HasFlag(PropertyPermissions.Chown) ? Definition.Owner : Object.Owner;
}
