using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>The object now defines a new property.</summary>
/// <param name="Definition">The definition with its initial value, owner and bits.</param>
public sealed record PropertyAdded(PropertyDefinition Definition) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.property-added.v1";
}

/// <summary>
/// A property's value on this object was set: the definition's value when this object defines
/// the property, otherwise this object's override of the inherited value.
/// </summary>
/// <param name="Name">The property.</param>
/// <param name="Value">The new value.</param>
public sealed record PropertyValueSet(string Name, MooValue Value) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.property-value-set.v1";
}

/// <summary>This object's override of an inherited property was removed: the value is inherited again.</summary>
/// <param name="Name">The inherited property.</param>
public sealed record PropertyCleared(string Name) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.property-cleared.v1";
}

/// <summary>The owner, bits or name of a property defined on this object changed (set_property_info).</summary>
/// <param name="Name">The property's current name.</param>
/// <param name="NewName">The new name, or null to keep it. Descendants' overrides follow through <see cref="PropertyOverrideRenamed"/>.</param>
/// <param name="Owner">The new owner.</param>
/// <param name="Permissions">The new bits.</param>
public sealed record PropertyInfoChanged(string Name, string? NewName, ObjectId Owner, PropertyPermissions Permissions) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.property-info-changed.v1";
}

/// <summary>
/// An ancestor renamed a property this object overrides: the override keeps its value under the
/// new name. Without this event the override would silently be lost, since overrides are kept by name.
/// </summary>
/// <param name="Name">The old name.</param>
/// <param name="NewName">The new name.</param>
public sealed record PropertyOverrideRenamed(string Name, string NewName) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.property-override-renamed.v1";
}

/// <summary>A property defined on this object was deleted (descendants' overrides become inert).</summary>
/// <param name="Name">The property.</param>
public sealed record PropertyDeleted(string Name) : ObjectEvent
{
    /// <summary>The stable persistence manifest.</summary>
    public const string Manifest = "moo.property-deleted.v1";
}
