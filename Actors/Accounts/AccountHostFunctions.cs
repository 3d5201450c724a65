using ActorMoo.Actors.Model;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Scripting.HostFunctions;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Accounts;

/// <summary>
/// The verb API of accounts, the Lua table <c>accounts</c>. Add <see cref="Table(AccountService)"/> to the tables of
/// the engine that runs world verbs.
/// </summary>
/// <remarks>
/// <c>accounts.set_password(player, old, new)</c> is what <c>@password</c> calls: a player changes
/// their own password by giving the old one; a wizard (the task's player, in a wizard-owned verb)
/// changes anyone's and may pass nil as the old one. The new password must follow the password
/// rules. The change is made when the task commits; it returns true. Refusals are Lua errors.
/// </remarks>
public static class AccountHostFunctions
{
    /// <summary>The Lua global the functions appear under.</summary>
    public const string TableName = "accounts";

    /// <summary>The host table over <paramref name="accounts"/>.</summary>
    public static HostFunctionTable Table(AccountService accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        return Table(() => accounts);
    }

    /// <summary>
    /// The host table over the service <paramref name="accounts"/> returns when a verb calls it: the
    /// engine is built with the world, before the account service that needs the world's tasks.
    /// </summary>
    public static HostFunctionTable Table(Func<AccountService> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        return new HostFunctionTable(TableName, "Player accounts: passwords.",
        [
            new("set_password", "Changes a player's password when the task commits: the old password, or a wizard's authority, is required.",
                (in HostCall c) => HostSettling.Settle(SetPasswordAsync(accounts(), Task(c), c.GetObject(0), OldPassword(c.GetValue(1)), c.GetString(2))),
                new HostParameter("player", HostArgType.Object),
                new HostParameter("old", HostArgType.Any),
                new HostParameter("new", HostArgType.String)),
        ]);
    }

    private static async ValueTask<MooValue> SetPasswordAsync(AccountService accounts, VerbTask task, ObjectId player, string? oldPassword, string newPassword)
    {
        if (accounts.Names.CheckPassword(newPassword) is { } refusal)
            throw new VerbError(refusal);
        if (task.Player != player || oldPassword is null)
        {
            var caller = await task.Transaction.FindValidAsync(task.Player).ConfigureAwait(false);
            var wizardly = (await task.IsWizardlyAsync().ConfigureAwait(false)).IsTruthy;
            if (caller is null || !caller.Has(ObjectFlags.Wizard) || !wizardly)
                throw new VerbError(task.Player == player
                    ? "set_password: give your old password."
                    : "Permission denied: only a wizard may change another player's password.");
        }
        else if (!await accounts.VerifyAsync(player, oldPassword).ConfigureAwait(false))
        {
            throw new VerbError("set_password: the old password is not right.");
        }
        if (await accounts.FindByPlayerAsync(player).ConfigureAwait(false) is null)
            throw new VerbError($"set_password: {player} has no account.");
        task.Transaction.Emit(new PasswordChangeEffect(player, await accounts.HashAsync(newPassword).ConfigureAwait(false)));
        return MooValue.True;
    }

    /// <summary>The old password argument: a string, or nil for a wizard's change (anything else is no password).</summary>
    private static string? OldPassword(MooValue value) => value.Kind == MooValueKind.String ? value.AsString() : null;

    private static VerbTask Task(in HostCall call) =>
        call.Context as VerbTask ?? throw new InvalidOperationException("Account functions run only inside world tasks.");
}
