using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Model;

/// <summary>
/// LambdaMOO's permission rules for verbs (<c>db_verb_allows</c> and the verb built-ins).
/// Wizards pass every rule except <see cref="CanExecute"/>, which is a property of the verb.
/// </summary>
public static class VerbRules
{
    /// <summary>Reading code, info and args (verb_code, verb_info, @list): the <c>r</c> bit, the verb's owner or a wizard.</summary>
    public static PermissionCheck CanRead(Principal who, ObjectId definer, VerbDefinition verb) =>
        Allows(who, definer, verb, VerbPermissions.Read, "read");

    /// <summary>Changing the argument spec (set_verb_args): the <c>w</c> bit, the verb's owner or a wizard.</summary>
    public static PermissionCheck CanWrite(Principal who, ObjectId definer, VerbDefinition verb) =>
        Allows(who, definer, verb, VerbPermissions.Write, "change");

    /// <summary>set_verb_info: write access, and only a wizard may give the verb a different owner.</summary>
    public static PermissionCheck CanChangeInfo(Principal who, ObjectId definer, VerbDefinition verb, ObjectId newOwner)
    {
        ArgumentNullException.ThrowIfNull(verb);
        return CanWrite(who, definer, verb).Then(() => PermissionCheck.Require(
            who.IsWizard || newOwner == verb.Owner, $"only a wizard can give {Describe(definer, verb)} to {newOwner}."));
    }

    /// <summary>Programming (set_verb_code, @program): a programmer with write access to the verb.</summary>
    public static PermissionCheck CanProgram(Principal who, ObjectId definer, VerbDefinition verb) =>
        CanEvaluate(who).Then(() => Allows(who, definer, verb, VerbPermissions.Write, "program"));

    /// <summary>Evaluating code with <c>;</c> or eval(): programmers only.</summary>
    public static PermissionCheck CanEvaluate(Principal who) =>
        PermissionCheck.Require(who.IsProgrammer, "you are not a programmer.");

    /// <summary>
    /// Calling the verb from code: it needs its <c>x</c> bit, whoever calls (lookup of callable
    /// verbs already passes over verbs without it). Commands typed by players need no <c>x</c>.
    /// </summary>
    public static PermissionCheck CanExecute(ObjectId definer, VerbDefinition verb)
    {
        ArgumentNullException.ThrowIfNull(verb);
        return PermissionCheck.Require(verb.IsExecutable, $"{Describe(definer, verb)} is not executable.");
    }

    /// <summary>
    /// add_verb(obj, {owner, perms, names}, args): the object allows changes to its definitions and
    /// only a wizard may add a verb owned by someone else.
    /// </summary>
    public static PermissionCheck CanAdd(Principal who, ObjectState obj, ObjectId owner) =>
        ObjectRules.CanChangeDefinitions(who, obj).Then(() => PermissionCheck.Require(
            who.IsWizard || owner == who.Id, $"only a wizard can add a verb owned by {owner}."));

    /// <summary>delete_verb(obj, verb): the object allows changes to its definitions.</summary>
    public static PermissionCheck CanDelete(Principal who, ObjectState obj) => ObjectRules.CanChangeDefinitions(who, obj);

    private static PermissionCheck Allows(Principal who, ObjectId definer, VerbDefinition verb, VerbPermissions bit, string action)
    {
        ArgumentNullException.ThrowIfNull(verb);
        return PermissionCheck.Require(
            verb.Permissions.HasFlag(bit) || who.Id == verb.Owner || who.IsWizard,
            $"you can't {action} {Describe(definer, verb)}.");
    }

    private static string Describe(ObjectId definer, VerbDefinition verb) => $"{definer}:{VerbNames.Split(verb.Names).FirstOrDefault() ?? verb.Names}";
}
