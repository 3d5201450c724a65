namespace ActorMoo.Net.Web.Accounts;

/// <summary>
/// What the HTTP API needs from the world's accounts: register, check a login, change a password,
/// delete a character. The API knows nothing else of accounts; <see cref="WorldAccounts"/> is the
/// implementation over the world's account directory. Implementations never log or echo passwords.
/// </summary>
public interface IWebAccounts
{
    /// <summary>Creates an account and its player object.</summary>
    /// <param name="name">The new player's name.</param>
    /// <param name="password">The new password.</param>
    /// <param name="address">The client's address, for logs and throttling.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<AccountOutcome> RegisterAsync(string name, string password, string address, CancellationToken cancellationToken);

    /// <summary>Checks a name and password (throttled like the login screen).</summary>
    /// <param name="name">The player's name, any case.</param>
    /// <param name="password">The password.</param>
    /// <param name="address">The client's address, for logs and throttling.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<AccountOutcome> AuthenticateAsync(string name, string password, string address, CancellationToken cancellationToken);

    /// <summary>Replaces <paramref name="player"/>'s password after checking the current one.</summary>
    /// <param name="player">The player, from a valid token.</param>
    /// <param name="currentPassword">The password now.</param>
    /// <param name="newPassword">The password to set.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<AccountOutcome> ChangePasswordAsync(long player, string currentPassword, string newPassword, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes <paramref name="player"/>'s account (its name becomes free) and player object (a
    /// connected player is disconnected) after checking the password; refuses a wizard (<see cref="AccountOutcomeKind.Forbidden"/>).
    /// </summary>
    /// <param name="player">The player, from a valid token or an authenticated name.</param>
    /// <param name="password">The password now.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<AccountOutcome> DeleteCharacterAsync(long player, string password, CancellationToken cancellationToken);
}
