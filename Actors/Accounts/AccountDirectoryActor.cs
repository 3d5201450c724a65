using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;

namespace ActorMoo.Actors.Accounts;

/// <summary>
/// The persistent table of accounts (journal id <c>accounts</c>): name → player and password hash.
/// One per world, a plain persistent actor: accounts change rarely (creation, password changes, deletion),
/// and one actor makes name uniqueness a simple check. It never hashes: hashing is slow and
/// happens in <see cref="AccountService"/> before a hash reaches the actor.
/// </summary>
public sealed class AccountDirectoryActor : PersistentActor
{
    /// <summary>The journal id of the directory.</summary>
    public const string DirectoryPersistenceId = "accounts";

    /// <summary>Accounts by key (normalized name).</summary>
    private readonly Dictionary<string, AccountRecord> _byName = new(StringComparer.Ordinal);

    /// <summary>Account keys by player number.</summary>
    private readonly Dictionary<long, string> _byPlayer = [];

    /// <summary>Creates the directory over the world's journal.</summary>
    public AccountDirectoryActor(PersistenceRuntime persistence)
        : base(persistence)
    {
        OnEvent<AccountCreated>(e => Put(e.Account));
        OnEvent<AccountPasswordChanged>(e =>
        {
            if (_byName.TryGetValue(e.Name, out var account))
                _byName[e.Name] = account with { Password = e.Password };
        });
        OnEvent<AccountDeleted>(e =>
        {
            if (_byName.Remove(e.Name, out var account))
                _byPlayer.Remove(account.Player);
        });
        Receive<Find>(m => Sender.Tell(new Found(_byName.GetValueOrDefault(m.Key)), Self));
        Receive<FindByPlayer>(m => Sender.Tell(new Found(_byPlayer.TryGetValue(m.Player, out var key) ? _byName[key] : null), Self));
        Receive<ListAll>(_ => Sender.Tell(new AccountList([.. _byName.Values.OrderBy(a => a.Player)]), Self));
        ReceiveAsync<Register>(OnRegisterAsync);
        ReceiveAsync<ChangePassword>(OnChangePasswordAsync);
        ReceiveAsync<ChangePlayerPassword>(OnChangePlayerPasswordAsync);
        ReceiveAsync<Delete>(OnDeleteAsync);
        ReceiveAsync<Import>(OnImportAsync);
    }

    /// <inheritdoc />
    public override string PersistenceId => DirectoryPersistenceId;

    /// <summary>The directory's Props.</summary>
    public static Props Props(PersistenceRuntime persistence) => Runtime.Core.Props.Create(() => new AccountDirectoryActor(persistence));

    private void Put(AccountRecord account)
    {
        if (_byName.TryGetValue(account.Key, out var previous))
            _byPlayer.Remove(previous.Player);
        _byName[account.Key] = account;
        _byPlayer[account.Player] = account.Key;
    }

    private async Task OnRegisterAsync(Register message)
    {
        var sender = Sender;
        if (_byName.ContainsKey(message.Account.Key) || _byPlayer.ContainsKey(message.Account.Player))
        {
            sender.Tell(new Registered(false), Self);
            return;
        }
        sender.Tell(new Registered(await PersistAsync(new AccountCreated(message.Account)).ConfigureAwait(false)), Self);
    }

    private async Task OnChangePasswordAsync(ChangePassword message)
    {
        var sender = Sender;
        var known = _byName.ContainsKey(message.Key);
        sender.Tell(new PasswordChanged(known && await PersistAsync(new AccountPasswordChanged(message.Key, message.Password)).ConfigureAwait(false)), Self);
    }

    /// <summary>
    /// A committed <c>set_password</c>: found by player here rather than by the service first, so the
    /// change is one message, queued before anything asked after the task committed (see <see cref="AccountService.ApplyCommittedPasswordChange"/>).
    /// </summary>
    private async Task OnChangePlayerPasswordAsync(ChangePlayerPassword message)
    {
        var sender = Sender;
        if (!_byPlayer.TryGetValue(message.Player, out var key))
        {
            sender.Tell(new PasswordChanged(false), Self);
            return;
        }
        sender.Tell(new PasswordChanged(await PersistAsync(new AccountPasswordChanged(key, message.Password)).ConfigureAwait(false)), Self);
    }

    private async Task OnDeleteAsync(Delete message)
    {
        var sender = Sender;
        var known = _byName.TryGetValue(message.Key, out var account) && account.Player == message.Player;
        sender.Tell(new Deleted(known && await PersistAsync(new AccountDeleted(message.Key)).ConfigureAwait(false)), Self);
    }

    private async Task OnImportAsync(Import message)
    {
        var sender = Sender;
        var stored = await PersistAllAsync([.. message.Accounts.Select(a => new AccountCreated(a))]).ConfigureAwait(false);
        sender.Tell(new Imported(stored ? message.Accounts.Count : 0), Self);
    }

    /// <summary>Asks for the account under <paramref name="Key"/>; answered with <see cref="Found"/>.</summary>
    /// <param name="Key">The normalized name.</param>
    public sealed record Find(string Key);

    /// <summary>Asks for the account of a player; answered with <see cref="Found"/>.</summary>
    /// <param name="Player">The player's number.</param>
    public sealed record FindByPlayer(long Player);

    /// <summary>The account asked for, or null.</summary>
    /// <param name="Account">The account.</param>
    public sealed record Found(AccountRecord? Account);

    /// <summary>Adds an account unless its name or its player is taken; answered with <see cref="Registered"/>.</summary>
    /// <param name="Account">The new account.</param>
    public sealed record Register(AccountRecord Account);

    /// <summary>Whether <see cref="Register"/> stored the account.</summary>
    /// <param name="Ok">True when stored; false when the name or player was taken, or the write failed.</param>
    public sealed record Registered(bool Ok);

    /// <summary>Replaces an account's password hash; answered with <see cref="PasswordChanged"/>.</summary>
    /// <param name="Key">The normalized name.</param>
    /// <param name="Password">The new hash.</param>
    public sealed record ChangePassword(string Key, PasswordHash Password);

    /// <summary>Whether <see cref="ChangePassword"/> stored the hash.</summary>
    /// <param name="Ok">True when stored.</param>
    public sealed record PasswordChanged(bool Ok);

    /// <summary>Replaces the password hash of <paramref name="Player"/>'s account; answered with <see cref="PasswordChanged"/> (false when it has none).</summary>
    /// <param name="Player">The player's number.</param>
    /// <param name="Password">The new hash.</param>
    public sealed record ChangePlayerPassword(long Player, PasswordHash Password);

    /// <summary>
    /// Removes the account under <paramref name="Key"/>, so its name is free again; answered with
    /// <see cref="Deleted"/>. The player must match, so a name taken again meanwhile is never removed.
    /// </summary>
    /// <param name="Key">The normalized name.</param>
    /// <param name="Player">The account's player number.</param>
    public sealed record Delete(string Key, long Player);

    /// <summary>Whether <see cref="Delete"/> removed the account.</summary>
    /// <param name="Ok">True when removed; false when there was no such account or the write failed.</param>
    public sealed record Deleted(bool Ok);

    /// <summary>Asks for every account; answered with <see cref="AccountList"/>.</summary>
    public sealed record ListAll
    {
        /// <summary>The only instance.</summary>
        public static ListAll Instance { get; } = new();
    }

    /// <summary>Every account, by player number.</summary>
    /// <param name="Accounts">The accounts.</param>
    public sealed record AccountList(IReadOnlyList<AccountRecord> Accounts);

    /// <summary>Stores accounts from an export, replacing accounts of the same name; answered with <see cref="Imported"/>.</summary>
    /// <param name="Accounts">The accounts.</param>
    public sealed record Import(IReadOnlyList<AccountRecord> Accounts);

    /// <summary>How many accounts <see cref="Import"/> stored.</summary>
    /// <param name="Count">The number stored (0 when the write failed).</param>
    public sealed record Imported(int Count);
}
