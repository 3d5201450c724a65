using ActorMoo.Actors.Accounts;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Net.Web.Accounts;

/// <summary>
/// <see cref="IWebAccounts"/> over the world's account service (<c>Actors/Accounts</c>): the same
/// name rules, password hashing and failed-login throttle as the login screen, so the API is no
/// easier a way in than <c>connect name password</c>.
/// </summary>
public sealed class WorldAccounts : IWebAccounts
{
    private readonly AccountService _accounts;

    /// <summary>Creates the adapter over the running account service.</summary>
    public WorldAccounts(AccountService accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        _accounts = accounts;
    }

    /// <inheritdoc />
    public async Task<AccountOutcome> RegisterAsync(string name, string password, string address, CancellationToken cancellationToken)
    {
        // The rules are checked here first only to tell a bad request (400) from a taken name (409);
        // CreateAsync checks them again and stays the authority.
        if ((_accounts.Names.Check(name) ?? _accounts.Names.CheckPassword(password)) is { } refusal)
            return AccountOutcome.Fail(AccountOutcomeKind.Invalid, refusal);
        var result = await _accounts.CreateAsync(name, password, address, cancellationToken).ConfigureAwait(false);
        if (result is { Succeeded: true, Player: { } player })
            return AccountOutcome.Ok(player.Value, result.Name);
        var taken = await _accounts.FindAsync(name, cancellationToken).ConfigureAwait(false) is not null;
        return AccountOutcome.Fail(taken ? AccountOutcomeKind.Taken : AccountOutcomeKind.Invalid, result.Error ?? "The account could not be created.");
    }

    /// <inheritdoc />
    public async Task<AccountOutcome> AuthenticateAsync(string name, string password, string address, CancellationToken cancellationToken)
    {
        var wait = _accounts.Throttle.Wait(name, address);
        if (wait > TimeSpan.Zero)
            return AccountOutcome.Throttled(LoginThrottle.Message(wait), wait);
        var result = await _accounts.ConnectAsync(name, password, address, cancellationToken).ConfigureAwait(false);
        if (result is { Succeeded: true, Player: { } player })
            return AccountOutcome.Ok(player.Value, result.Name);
        var error = result.Error ?? AccountService.WrongNameOrPassword;
        return error == AccountService.WrongNameOrPassword
            ? AccountOutcome.Fail(AccountOutcomeKind.WrongCredentials, error)
            : AccountOutcome.Fail(AccountOutcomeKind.NotFound, error);
    }

    /// <inheritdoc />
    public async Task<AccountOutcome> ChangePasswordAsync(long player, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var id = new ObjectId(player);
        if (await _accounts.FindByPlayerAsync(id, cancellationToken).ConfigureAwait(false) is not { } account)
            return AccountOutcome.Fail(AccountOutcomeKind.NotFound, "This player has no account any more.");
        if (!await _accounts.VerifyAsync(id, currentPassword, cancellationToken).ConfigureAwait(false))
            return AccountOutcome.Fail(AccountOutcomeKind.WrongPassword, "The current password is wrong.");
        if (_accounts.Names.CheckPassword(newPassword) is { } refusal)
            return AccountOutcome.Fail(AccountOutcomeKind.Invalid, refusal);
        var hash = await _accounts.HashAsync(newPassword).ConfigureAwait(false);
        return await _accounts.SetPasswordAsync(id, hash, cancellationToken).ConfigureAwait(false)
            ? AccountOutcome.Ok(player, account.Name)
            : AccountOutcome.Fail(AccountOutcomeKind.NotFound, "This player has no account any more.");
    }

    /// <inheritdoc />
    public async Task<AccountOutcome> DeleteCharacterAsync(long player, string password, CancellationToken cancellationToken) =>
        await _accounts.DeleteAsync(new ObjectId(player), password, cancellationToken).ConfigureAwait(false) switch
        {
            AccountDeletion.Deleted => AccountOutcome.Ok(player, ""),
            AccountDeletion.NoAccount => AccountOutcome.Fail(AccountOutcomeKind.NotFound, "This player has no account any more."),
            AccountDeletion.WrongPassword => AccountOutcome.Fail(AccountOutcomeKind.WrongPassword, "The password is wrong."),
            AccountDeletion.Wizard => AccountOutcome.Fail(AccountOutcomeKind.Forbidden, "A wizard's character cannot be deleted this way; another wizard can remove it in the world."),
            _ => AccountOutcome.Fail(AccountOutcomeKind.Unavailable, "The character could not be deleted just now; nothing was changed. Please try again."),
        };
}
