using ActorMoo.Actors.Model;
using ActorMoo.Runtime.Core;
using ActorMoo.Scripting.Values;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Actors.Accounts;

/// <summary>
/// Deleting a character (<c>DELETE /api/character</c>): the account goes first, so from that moment
/// nobody can log in as it and its name is free; then the player object is recycled, as LambdaMOO
/// recycles a player, in a task that also disconnects it.
/// </summary>
public sealed partial class AccountService
{
    /// <summary>What a connected player is told when their character is deleted, before the connection closes.</summary>
    public const string DeletedNotice = "*** Your character has been deleted. ***";

    /// <summary>
    /// Deletes <paramref name="player"/>'s account after checking <paramref name="password"/>, then
    /// recycles the player object (disconnecting it if connected). Wizards are refused. The deletion
    /// is persisted: the account is gone after a restart and from exported worlds.
    /// </summary>
    /// <remarks>
    /// If the account is removed but recycling the object fails (the world stayed busy), the deletion
    /// still stands: nobody can log in as the player any more, and a wizard can <c>@recycle</c> the
    /// object left over; the failure is logged.
    /// </remarks>
    public async Task<AccountDeletion> DeleteAsync(ObjectId player, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (await FindByPlayerAsync(player, cancellationToken).ConfigureAwait(false) is not { } account)
            return AccountDeletion.NoAccount;
        if (!await Task.Run(() => PasswordHasher.Verify(password, account.Password), cancellationToken).ConfigureAwait(false))
            return AccountDeletion.WrongPassword;
        if (await _players.FindPlayerAsync(player, cancellationToken).ConfigureAwait(false) is { } state && state.Has(ObjectFlags.Wizard))
            return AccountDeletion.Wizard;
        var removed = await _directory.Ask<AccountDirectoryActor.Deleted>(
            new AccountDirectoryActor.Delete(account.Key, account.Player), AskTimeout, cancellationToken).ConfigureAwait(false);
        if (!removed.Ok)
            return AccountDeletion.Failed;
        LogDeleted(_logger, account.Name, player);
        // Not cancellable: the account is gone, so the object must follow even if the caller gave up.
        if (!await _players.RemoveAsync(player, DeletedNotice, CancellationToken.None).ConfigureAwait(false))
            LogDeletedObjectLeft(_logger, account.Name, player);
        return AccountDeletion.Deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {Name} ({Player}) deleted")]
    private static partial void LogDeleted(ILogger logger, string name, ObjectId player);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {Name} was deleted but its player object {Player} could not be recycled; a wizard can @recycle it")]
    private static partial void LogDeletedObjectLeft(ILogger logger, string name, ObjectId player);
}
