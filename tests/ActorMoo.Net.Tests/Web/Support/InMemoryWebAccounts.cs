using System.Collections.Concurrent;
using ActorMoo.Net.Web.Accounts;

namespace ActorMoo.Net.Tests.Web.Support;

/// <summary>
/// A test double of <see cref="IWebAccounts"/> with simple rules (names are letters, passwords at
/// least four characters), so API tests can reach every outcome without a world.
/// </summary>
internal sealed class InMemoryWebAccounts : IWebAccounts
{
    /// <summary>Logging in as this name is refused by the (pretend) login throttle.</summary>
    public const string ThrottledName = "Throttled";

    /// <summary>A player registered under this name is a wizard: deleting it is refused.</summary>
    public const string WizardName = "Merlin";

    private readonly ConcurrentDictionary<string, (long Player, string Name, string Password)> _accounts = new(StringComparer.OrdinalIgnoreCase);
    private long _lastPlayer = 100;

    public bool Exists(string name) => _accounts.ContainsKey(name);

    public Task<AccountOutcome> RegisterAsync(string name, string password, string address, CancellationToken cancellationToken)
    {
        if (!name.All(char.IsAsciiLetter))
            return Done(AccountOutcome.Fail(AccountOutcomeKind.Invalid, "A name may contain only letters."));
        if (password.Length < 4)
            return Done(AccountOutcome.Fail(AccountOutcomeKind.Invalid, "A password must be at least 4 characters long."));
        var player = Interlocked.Increment(ref _lastPlayer);
        return Done(_accounts.TryAdd(name, (player, name, password))
            ? AccountOutcome.Ok(player, name)
            : AccountOutcome.Fail(AccountOutcomeKind.Taken, "That name is already taken; please choose another."));
    }

    public Task<AccountOutcome> AuthenticateAsync(string name, string password, string address, CancellationToken cancellationToken)
    {
        if (name == ThrottledName)
            return Done(AccountOutcome.Throttled("Too many failed attempts; try again in 8 seconds.", TimeSpan.FromSeconds(8)));
        return Done(_accounts.TryGetValue(name, out var account) && account.Password == password
            ? AccountOutcome.Ok(account.Player, account.Name)
            : AccountOutcome.Fail(AccountOutcomeKind.WrongCredentials, "Either that player does not exist, or has a different password."));
    }

    public Task<AccountOutcome> ChangePasswordAsync(long player, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var account = _accounts.Values.FirstOrDefault(a => a.Player == player);
        if (account.Name is null)
            return Done(AccountOutcome.Fail(AccountOutcomeKind.NotFound, "This player has no account any more."));
        if (account.Password != currentPassword)
            return Done(AccountOutcome.Fail(AccountOutcomeKind.WrongPassword, "The current password is wrong."));
        if (newPassword.Length < 4)
            return Done(AccountOutcome.Fail(AccountOutcomeKind.Invalid, "A password must be at least 4 characters long."));
        _accounts[account.Name] = account with { Password = newPassword };
        return Done(AccountOutcome.Ok(player, account.Name));
    }

    public Task<AccountOutcome> DeleteCharacterAsync(long player, string password, CancellationToken cancellationToken)
    {
        var account = _accounts.Values.FirstOrDefault(a => a.Player == player);
        if (account.Name is null)
            return Done(AccountOutcome.Fail(AccountOutcomeKind.NotFound, "This player has no account any more."));
        if (account.Password != password)
            return Done(AccountOutcome.Fail(AccountOutcomeKind.WrongPassword, "The password is wrong."));
        if (account.Name == WizardName)
            return Done(AccountOutcome.Fail(AccountOutcomeKind.Forbidden, "A wizard's character cannot be deleted this way."));
        _accounts.TryRemove(account.Name, out _);
        return Done(AccountOutcome.Ok(player, account.Name));
    }

    private static Task<AccountOutcome> Done(AccountOutcome outcome) => Task.FromResult(outcome);
}
