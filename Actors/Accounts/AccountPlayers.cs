using ActorMoo.Actors.World.Players;
using ActorMoo.Scripting.Values;

namespace ActorMoo.Actors.Accounts;

/// <summary>
/// The persistent player directory for <c>players()</c>: every account's player. Players without an
/// account (guests, a core's players not yet bound to accounts) are not listed, as the directory
/// may lag behind the world anyway (see <see cref="IPlayerDirectory"/>).
/// </summary>
public sealed class AccountPlayers : IPlayerDirectory
{
    private readonly Func<AccountService> _accounts;

    /// <summary>Creates the directory; <paramref name="accounts"/> is called on use (the service may be built after the verb API).</summary>
    public AccountPlayers(Func<AccountService> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        _accounts = accounts;
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<ObjectId>> PlayersAsync(CancellationToken cancellationToken = default)
    {
        var accounts = await _accounts().ExportAsync(cancellationToken).ConfigureAwait(false);
        return [.. accounts.Select(a => new ObjectId(a.Player)).Order()];
    }
}
