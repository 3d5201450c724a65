using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// A descendant's own value of an inherited property. Only the value is overridden: owner and
/// permissions always come from the <see cref="PropertyDefinition"/> (see
/// <see cref="ResolvedProperty.Owner"/> for the <c>c</c> rule). Removing the override
/// ("clearing" the property) makes the object inherit the value again.
/// </summary>
/// <param name="Name">The inherited property's name.</param>
/// <param name="Value">This object's value.</param>
public sealed record PropertyOverride(string Name, MooValue Value)
{
    /// <summary>True when <paramref name="name"/> names the overridden property, ignoring case.</summary>
    public bool IsNamed(string name) => MooNames.Equal(Name, name);
}
