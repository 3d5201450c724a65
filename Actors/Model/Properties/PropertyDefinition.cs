using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// A property as defined on the object that introduced it (its definer): name, the definer's own
/// value, owner and permissions. Descendants inherit the definition and may hold a
/// <see cref="PropertyOverride"/> of the value only.
/// </summary>
/// <param name="Name">The property name; unique, ignoring case, across the definer's ancestors and descendants.</param>
/// <param name="Value">The value on the definer itself (and on every descendant that does not override it).</param>
/// <param name="Owner">The property's owner, who may always read and write it.</param>
/// <param name="Permissions">The <c>rwc</c> bits.</param>
public sealed record PropertyDefinition(string Name, MooValue Value, ObjectId Owner, PropertyPermissions Permissions)
{
    /// <summary>True when <paramref name="name"/> names this property (MOO names ignore ASCII case).</summary>
    public bool IsNamed(string name) => MooNames.Equal(Name, name);
}
