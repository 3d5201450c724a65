using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Sessions;
using ActorMoo.Host.Configuration.Units;

namespace ActorMoo.Host.Options;

/// <summary>
/// Player sessions and accounts (<c>actormoo.sessions</c> in reference.conf): the login screen's idle
/// timeout, flood control, the prompt, guest logins, and the account rules. Mapped onto the world's
/// <see cref="SessionSettings"/> and <see cref="AccountSettings"/>. The first wizard's password is
/// <c>actormoo.world.wizard-password</c>.
/// </summary>
public sealed class SessionsOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionKey = "actormoo:sessions";

    /// <summary>How long a connection may sit on the login screen without typing.</summary>
    [ConfigurationKeyName("login-idle-timeout")]
    public Duration LoginIdleTimeout { get; set; } = Duration.FromMinutes(5);

    /// <summary>Most lines queued behind a running command; more are dropped with a message.</summary>
    [ConfigurationKeyName("max-queued-lines")]
    public int MaxQueuedLines { get; set; } = 50;

    /// <summary>The prompt after every command, in markup; empty sends only the end-of-prompt mark.</summary>
    [ConfigurationKeyName("prompt")]
    public string Prompt { get; set; } = "";

    /// <summary>Guest logins.</summary>
    [ConfigurationKeyName("guests")]
    public GuestOptions Guests { get; set; } = new();

    /// <summary>Shortest player name.</summary>
    [ConfigurationKeyName("min-name-length")]
    public int MinNameLength { get; set; } = 2;

    /// <summary>Longest player name.</summary>
    [ConfigurationKeyName("max-name-length")]
    public int MaxNameLength { get; set; } = 20;

    /// <summary>PBKDF2-SHA256 iterations of new password hashes (old hashes keep theirs and are upgraded at login).</summary>
    [ConfigurationKeyName("password-iterations")]
    public int PasswordIterations { get; set; } = 100_000;

    /// <summary>The session settings, as the world takes them.</summary>
    public SessionSettings ToSessionSettings() => new()
    {
        LoginIdleTimeout = LoginIdleTimeout,
        MaxQueuedLines = MaxQueuedLines,
        Prompt = Prompt,
        GuestsEnabled = Guests.Enabled,
    };

    /// <summary>The account settings, as the world takes them.</summary>
    public AccountSettings ToAccountSettings() => new()
    {
        MinNameLength = MinNameLength,
        MaxNameLength = MaxNameLength,
        PasswordIterations = PasswordIterations,
    };
}

/// <summary>Guest logins (<c>actormoo.sessions.guests</c>).</summary>
public sealed class GuestOptions
{
    /// <summary>True to let <c>connect guest</c> log in as a fresh guest, recycled at disconnect.</summary>
    [ConfigurationKeyName("enabled")]
    public bool Enabled { get; set; }
}
