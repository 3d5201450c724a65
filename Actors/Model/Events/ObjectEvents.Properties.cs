namespace ActorMoo.Actors.Model;

public static partial class ObjectEvents
{
    private static ObjectState AddProperty(ObjectState state, PropertyAdded added)
    {
        var name = added.Definition.Name;
        if (state.FindDefinedProperty(name) is not null) throw Misfit(state, added, $"property {name} is already defined here");
        // An override left behind by an old parent (after chparent) must not shadow the new definition.
        return state with
        {
            Properties = state.Properties.Add(added.Definition),
            Overrides = state.Overrides.RemoveAll(o => o.IsNamed(name)),
        };
    }

    private static ObjectState SetPropertyValue(ObjectState state, PropertyValueSet set)
    {
        var defined = state.FindDefinedProperty(set.Name);
        if (defined is not null)
        {
            return state with { Properties = state.Properties.Replace(defined, defined with { Value = set.Value }) };
        }
        var existing = state.FindOverride(set.Name);
        var value = new PropertyOverride(existing?.Name ?? set.Name, set.Value);
        return state with
        {
            Overrides = existing is null ? state.Overrides.Add(value) : state.Overrides.Replace(existing, value),
        };
    }

    private static ObjectState ChangePropertyInfo(ObjectState state, PropertyInfoChanged info)
    {
        var defined = state.FindDefinedProperty(info.Name) ?? throw Misfit(state, info, $"property {info.Name} is not defined here");
        var changed = defined with { Name = info.NewName ?? defined.Name, Owner = info.Owner, Permissions = info.Permissions };
        return state with { Properties = state.Properties.Replace(defined, changed) };
    }

    private static ObjectState RenameOverride(ObjectState state, PropertyOverrideRenamed renamed)
    {
        var existing = state.FindOverride(renamed.Name);
        return existing is null
            ? state
            : state with { Overrides = state.Overrides.Replace(existing, existing with { Name = renamed.NewName }) };
    }

    private static ObjectState DeleteProperty(ObjectState state, PropertyDeleted deleted)
    {
        var defined = state.FindDefinedProperty(deleted.Name) ?? throw Misfit(state, deleted, $"property {deleted.Name} is not defined here");
        return state with { Properties = state.Properties.Remove(defined) };
    }
}
