namespace ActorMoo.Actors.Accounts;

/// <summary>
/// The rules for player names: letters, digits, <c>_</c> and <c>-</c>, starting with a letter,
/// within the configured length, not reserved. Names are unique without regard to case; the key
/// under which an account is stored is <see cref="Normalize"/>'s lower-case form.
/// </summary>
public sealed class AccountNames
{
    /// <summary>What every guest's name starts with; account names may not.</summary>
    public const string GuestPrefix = "guest";

    private readonly AccountSettings _settings;
    private readonly HashSet<string> _reserved;

    /// <summary>Creates the rules from <paramref name="settings"/>.</summary>
    public AccountNames(AccountSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _reserved = new HashSet<string>(settings.ReservedNames.Select(Normalize), StringComparer.Ordinal);
    }

    /// <summary>The key a name is stored and compared under.</summary>
    public static string Normalize(string name) => name.Trim().ToLowerInvariant();

    /// <summary>Null when <paramref name="name"/> may name a new account, else why not (never repeating the name itself, which the player typed).</summary>
    public string? Check(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length < _settings.MinNameLength || name.Length > _settings.MaxNameLength)
            return $"A name must be {_settings.MinNameLength} to {_settings.MaxNameLength} characters long.";
        if (!char.IsAsciiLetter(name[0]))
            return "A name must start with a letter.";
        if (!name.All(static c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            return "A name may contain only letters, digits, '_' and '-'.";
        var key = Normalize(name);
        if (_reserved.Contains(key) || key.StartsWith(GuestPrefix, StringComparison.Ordinal))
            return "That name is reserved; please choose another.";
        return null;
    }

    /// <summary>Null when <paramref name="password"/> is acceptable, else why not.</summary>
    public string? CheckPassword(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < _settings.MinPasswordLength)
            return $"A password must be at least {_settings.MinPasswordLength} characters long.";
        if (password.Any(char.IsWhiteSpace))
            return "A password may not contain spaces.";
        return null;
    }
}
