using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// LambdaMOO's permission rules for whole objects. Each rule is a pure function of the principal
/// and the objects' states; wizards pass every one. Structural validity (cycles, clashes,
/// containment) is in <see cref="StructureRules"/>.
/// </summary>
public static class ObjectRules
{
    /// <summary>
    /// create(parents, owner): every parent must be fertile or controlled by the principal
    /// (<c>db_object_allows(parent, progr, FLAG_FERTILE)</c>), and only a wizard may create an
    /// object owned by someone else.
    /// </summary>
    public static PermissionCheck CanCreate(Principal who, IEnumerable<ObjectState> parents, ObjectId owner)
    {
        ArgumentNullException.ThrowIfNull(parents);
        foreach (var parent in parents)
        {
            var check = CanCreateChildOf(who, parent);
            if (!check.IsAllowed) return check;
        }
        return PermissionCheck.Require(who.IsWizard || owner == who.Id, $"only a wizard can create an object owned by {owner}.");
    }

    /// <summary>A child of <paramref name="parent"/> may be created by its owner, a wizard, or anyone when it is fertile.</summary>
    public static PermissionCheck CanCreateChildOf(Principal who, ObjectState parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return PermissionCheck.Require(
            parent.Has(ObjectFlags.Fertile) || who.Controls(parent),
            $"{parent.Describe()} is not fertile and you don't own it.");
    }

    /// <summary>recycle(obj): the owner or a wizard.</summary>
    public static PermissionCheck CanRecycle(Principal who, ObjectState obj) => RequireControl(who, obj);

    /// <summary>move(item, where): the item's owner or a wizard (the destination's <c>accept</c> verb is asked separately).</summary>
    public static PermissionCheck CanMove(Principal who, ObjectState item) => RequireControl(who, item);

    /// <summary>Setting <c>name</c>: a wizard, or the owner when the object is not a player (players are renamed by wizards).</summary>
    public static PermissionCheck CanRename(Principal who, ObjectState obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        if (who.IsWizard) return PermissionCheck.Allowed;
        if (obj.Has(ObjectFlags.Player)) return PermissionCheck.PermissionDenied($"only a wizard can rename the player {obj.Describe()}.");
        return RequireControl(who, obj);
    }

    /// <summary>Setting the aliases: the owner or a wizard.</summary>
    public static PermissionCheck CanSetAliases(Principal who, ObjectState obj) => RequireControl(who, obj);

    /// <summary>Setting <c>owner</c>: wizards only.</summary>
    public static PermissionCheck CanChangeOwner(Principal who, ObjectState obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return PermissionCheck.Require(who.IsWizard, $"only a wizard can change the owner of {obj.Describe()}.");
    }

    /// <summary>
    /// Changing flag bits to <paramref name="newFlags"/>: the player, programmer and wizard bits
    /// only by a wizard; the read, write and fertile bits also by the owner.
    /// </summary>
    public static PermissionCheck CanSetFlags(Principal who, ObjectState obj, ObjectFlags newFlags)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var changed = obj.Flags ^ newFlags;
        const ObjectFlags wizardOnly = ObjectFlags.Player | ObjectFlags.Programmer | ObjectFlags.Wizard;
        if ((changed & wizardOnly) != 0 && !who.IsWizard)
            return PermissionCheck.PermissionDenied($"only a wizard can change the {(changed & wizardOnly).ToString().ToLowerInvariant()} flag of {obj.Describe()}.");
        return (changed & ~wizardOnly) == 0 ? PermissionCheck.Allowed : RequireControl(who, obj);
    }

    /// <summary>
    /// chparent(obj, parents): the principal controls the object, and each new parent is fertile
    /// or controlled by the principal.
    /// </summary>
    public static PermissionCheck CanChangeParents(Principal who, ObjectState obj, IEnumerable<ObjectState> newParents)
    {
        ArgumentNullException.ThrowIfNull(newParents);
        var check = RequireControl(who, obj);
        foreach (var parent in newParents)
        {
            if (!check.IsAllowed) break;
            check = CanCreateChildOf(who, parent);
        }
        return check;
    }

    /// <summary>Listing an object's properties or verbs (<c>properties()</c>, <c>verbs()</c>): the <c>r</c> flag, the owner or a wizard.</summary>
    public static PermissionCheck CanListDefinitions(Principal who, ObjectState obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return PermissionCheck.Require(obj.Has(ObjectFlags.Read) || who.Controls(obj), $"{obj.Describe()} is not readable and you don't own it.");
    }

    /// <summary>Adding or deleting an object's properties or verbs: the <c>w</c> flag, the owner or a wizard.</summary>
    public static PermissionCheck CanChangeDefinitions(Principal who, ObjectState obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return PermissionCheck.Require(obj.Has(ObjectFlags.Write) || who.Controls(obj), $"{obj.Describe()} is not writable and you don't own it.");
    }

    /// <summary>The owner or a wizard, with the standard "you don't own" denial.</summary>
    public static PermissionCheck RequireControl(Principal who, ObjectState obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return PermissionCheck.Require(who.Controls(obj), $"you don't own {obj.Describe()}.");
    }
}
