using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// Whose permissions a check runs with: in MOO, a running verb has its owner's permissions
/// (the "programmer"), a typed command the player's. Taken from that object's flags at the time of the check.
/// </summary>
/// <param name="Id">The programmer object.</param>
/// <param name="IsWizard">True when it has the wizard flag: every permission check passes.</param>
/// <param name="IsProgrammer">True when it may program (the programmer flag, or a wizard).</param>
public readonly record struct Principal(ObjectId Id, bool IsWizard, bool IsProgrammer)
{
    /// <summary>The principal of <paramref name="obj"/>, from its flags.</summary>
    public static Principal Of(ObjectState obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var wizard = obj.Has(ObjectFlags.Wizard);
        return new(obj.Id, wizard, wizard || obj.Has(ObjectFlags.Programmer));
    }

    /// <summary>True when this principal owns <paramref name="obj"/> or is a wizard (LambdaMOO's <c>controls</c>).</summary>
    public bool Controls(ObjectState obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return IsWizard || obj.Owner == Id;
    }
}
