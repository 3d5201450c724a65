namespace ActorMoo.Net.Web.Accounts;

/// <summary>How an account request ended; the API maps each kind to one HTTP status.</summary>
public enum AccountOutcomeKind
{
    /// <summary>Done (200, 201 or 204).</summary>
    Ok,

    /// <summary>The name or password breaks the rules (400).</summary>
    Invalid,

    /// <summary>Wrong name or password at login (401).</summary>
    WrongCredentials,

    /// <summary>The current password given to change the password or delete the character is wrong (403).</summary>
    WrongPassword,

    /// <summary>The player or its account no longer exists (404).</summary>
    NotFound,

    /// <summary>The name is taken (409).</summary>
    Taken,

    /// <summary>Too many failed logins: wait <see cref="AccountOutcome.RetryAfter"/> (429).</summary>
    Throttled,

    /// <summary>The request is understood and authenticated, but not allowed for this player, e.g. deleting a wizard (403).</summary>
    Forbidden,

    /// <summary>The world could not carry it out just now; nothing changed, try again (503).</summary>
    Unavailable,
}

/// <summary>The answer to an account request.</summary>
/// <param name="Kind">How it ended.</param>
/// <param name="Player">The player's number when it succeeded (register, authenticate), else 0.</param>
/// <param name="Name">The player's name as stored when it succeeded, else empty.</param>
/// <param name="Error">Why it failed, for the client to show (never repeating a password), else empty.</param>
/// <param name="RetryAfter">How long to wait when <see cref="AccountOutcomeKind.Throttled"/>.</param>
public sealed record AccountOutcome(AccountOutcomeKind Kind, long Player, string Name, string Error, TimeSpan RetryAfter)
{
    /// <summary>True when the request succeeded.</summary>
    public bool Succeeded => Kind == AccountOutcomeKind.Ok;

    /// <summary>Success, naming the player concerned.</summary>
    public static AccountOutcome Ok(long player, string name) => new(AccountOutcomeKind.Ok, player, name, "", TimeSpan.Zero);

    /// <summary>A failure of <paramref name="kind"/> with a message for the client.</summary>
    public static AccountOutcome Fail(AccountOutcomeKind kind, string error) => new(kind, 0, "", error, TimeSpan.Zero);

    /// <summary>A refusal by the login throttle.</summary>
    public static AccountOutcome Throttled(string error, TimeSpan retryAfter) => new(AccountOutcomeKind.Throttled, 0, "", error, retryAfter);
}
