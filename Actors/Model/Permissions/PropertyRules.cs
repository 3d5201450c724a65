using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// LambdaMOO's permission rules for properties (<c>db_property_allows</c> and the property
/// built-ins). The owner meant is the property's owner on the object in question
/// (<see cref="ResolvedProperty.Owner"/>, which follows the <c>c</c> rule); wizards pass every rule.
/// </summary>
public static class PropertyRules
{
    /// <summary>Reading the value: the <c>r</c> bit, the property's owner or a wizard.</summary>
    public static PermissionCheck CanRead(Principal who, ResolvedProperty property) =>
        Allows(who, property, PropertyPermissions.Read, "read");

    /// <summary>Writing the value: the <c>w</c> bit, the property's owner or a wizard.</summary>
    public static PermissionCheck CanWrite(Principal who, ResolvedProperty property) =>
        Allows(who, property, PropertyPermissions.Write, "write");

    /// <summary>
    /// set_property_info: write access (the <c>w</c> bit, owner or wizard), and only a wizard may
    /// give the property a different owner. Only on the definer: inherited copies have no info of their own.
    /// </summary>
    public static PermissionCheck CanChangeInfo(Principal who, ResolvedProperty property, ObjectId newOwner)
    {
        ArgumentNullException.ThrowIfNull(property);
        if (!property.IsDefinedHere)
            return PermissionCheck.Invalid($"{Describe(property)} is inherited from {property.Definer}; change it there.");
        return CanWrite(who, property).Then(() => PermissionCheck.Require(
            who.IsWizard || newOwner == property.Owner, $"only a wizard can give {Describe(property)} to {newOwner}."));
    }

    /// <summary>
    /// add_property(obj, name, value, {owner, perms}): the object allows changes to its
    /// definitions (see <see cref="ObjectRules.CanChangeDefinitions"/>) and only a wizard may
    /// add a property owned by someone else. The name is checked by <see cref="StructureRules.CheckNewPropertyNameAsync"/>.
    /// </summary>
    public static PermissionCheck CanAdd(Principal who, ObjectState obj, ObjectId owner) =>
        ObjectRules.CanChangeDefinitions(who, obj).Then(() => PermissionCheck.Require(
            who.IsWizard || owner == who.Id, $"only a wizard can add a property owned by {owner}."));

    /// <summary>delete_property(obj, name): the object allows changes to its definitions and defines the property.</summary>
    public static PermissionCheck CanDelete(Principal who, ObjectState obj, string name)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return ObjectRules.CanChangeDefinitions(who, obj).Then(() => obj.FindDefinedProperty(name) is null
            ? PermissionCheck.Invalid($"{obj.Describe()} does not define a property named {name}.")
            : PermissionCheck.Allowed);
    }

    /// <summary>
    /// clear_property(obj, name): only for an inherited property (the definer's value cannot be
    /// cleared), by the property's owner on the object or a wizard — the <c>w</c> bit is not enough.
    /// </summary>
    public static PermissionCheck CanClear(Principal who, ResolvedProperty property)
    {
        ArgumentNullException.ThrowIfNull(property);
        if (property.IsDefinedHere)
            return PermissionCheck.Invalid($"{Describe(property)} is defined there and cannot be cleared.");
        return PermissionCheck.Require(who.IsWizard || who.Id == property.Owner, $"you don't own {Describe(property)}.");
    }

    private static PermissionCheck Allows(Principal who, ResolvedProperty property, PropertyPermissions bit, string verb)
    {
        ArgumentNullException.ThrowIfNull(property);
        return PermissionCheck.Require(
            property.Permissions.HasFlag(bit) || who.Id == property.Owner || who.IsWizard,
            $"you can't {verb} {Describe(property)}.");
    }

    private static string Describe(ResolvedProperty property) => $"{property.Object.Id}.{property.Name}";
}
