namespace ActorMoo.Actors.Accounts;

/// <summary>
/// Settings of accounts and logins: name rules, the password hash's cost and the failed-login
/// throttle. A plain record for the host to bind from configuration; <see cref="Validate"/> names the bad setting.
/// </summary>
public sealed record AccountSettings
{
    /// <summary>The shortest allowed player name.</summary>
    public int MinNameLength { get; init; } = 2;

    /// <summary>The longest allowed player name.</summary>
    public int MaxNameLength { get; init; } = 20;

    /// <summary>The shortest allowed password (longer is always better; this only stops the worst).</summary>
    public int MinPasswordLength { get; init; } = 4;

    /// <summary>
    /// Names nobody may take (compared case-insensitively), besides every name starting with
    /// <c>guest</c>, which belongs to guest logins. The defaults are words the command parser or the
    /// login screen gives a meaning to, and the starter core's well-known objects.
    /// </summary>
    public IReadOnlyList<string> ReservedNames { get; init; } =
    [
        "wizard", "admin", "administrator", "root", "system", "sysop", "god",
        "me", "here", "all", "everyone", "nobody", "someone", "player", "players",
        "create", "connect", "quit", "help", "who", "look",
        "room", "thing", "exit", "note", "container", "builder", "programmer", "player_start",
    ];

    /// <summary>PBKDF2-SHA256 iterations for new hashes. Stored with each hash, so raising it later leaves old hashes valid.</summary>
    public int PasswordIterations { get; init; } = 100_000;

    /// <summary>Failed logins of one name or one address allowed before the throttle starts.</summary>
    public int FreeFailedLogins { get; init; } = 3;

    /// <summary>The first wait after the free failures; it doubles with every further failure.</summary>
    public TimeSpan ThrottleBase { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait the throttle imposes.</summary>
    public TimeSpan ThrottleMax { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (MinNameLength < 1)
            throw new ArgumentException($"{nameof(MinNameLength)} must be at least 1 (was {MinNameLength}).");
        if (MaxNameLength < MinNameLength)
            throw new ArgumentException($"{nameof(MaxNameLength)} must be at least {nameof(MinNameLength)} (was {MaxNameLength} < {MinNameLength}).");
        if (MinPasswordLength < 1)
            throw new ArgumentException($"{nameof(MinPasswordLength)} must be at least 1 (was {MinPasswordLength}).");
        if (PasswordIterations < PasswordHasher.MinimumIterations)
            throw new ArgumentException($"{nameof(PasswordIterations)} must be at least {PasswordHasher.MinimumIterations} (was {PasswordIterations}).");
        if (FreeFailedLogins < 0)
            throw new ArgumentException($"{nameof(FreeFailedLogins)} must not be negative (was {FreeFailedLogins}).");
        if (ThrottleBase <= TimeSpan.Zero)
            throw new ArgumentException($"{nameof(ThrottleBase)} must be positive (was {ThrottleBase}).");
        if (ThrottleMax < ThrottleBase)
            throw new ArgumentException($"{nameof(ThrottleMax)} must be at least {nameof(ThrottleBase)} (was {ThrottleMax}).");
    }
}
