namespace ActorMoo.Actors.Sessions;

/// <summary>
/// Settings of player sessions (<c>sessions { … }</c> in the configuration): the login screen's
/// idle timeout, flood control, the prompt and guest logins. A plain record for the host to bind;
/// <see cref="Validate"/> names the bad setting.
/// </summary>
public sealed record SessionSettings
{
    /// <summary>The text shown on connect when <c>#0.welcome_message</c> is not set (a string or a list of lines, in markup).</summary>
    public const string DefaultWelcome =
        "Welcome to ActorMoo.\n" +
        "Type {b}connect <name> <password>{/b} to play, {b}create <name> <password>{/b} to make a new player, or {b}QUIT{/b} to leave.";

    /// <summary>How long a connection may sit on the login screen without typing before it is closed.</summary>
    public TimeSpan LoginIdleTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Most lines waiting for the running command to finish (flood control); a line beyond it is
    /// dropped and the player told so. LambdaMOO queues without bound.
    /// </summary>
    public int MaxQueuedLines { get; init; } = 50;

    /// <summary>The prompt sent after every command, in markup; empty sends only the end-of-prompt mark (telnet GA/EOR).</summary>
    public string Prompt { get; init; } = "";

    /// <summary>True to let <c>connect guest</c> log in as a fresh guest player, recycled when it disconnects.</summary>
    public bool GuestsEnabled { get; init; }

    /// <summary>The welcome text when the world's <c>#0.welcome_message</c> is not set.</summary>
    public string Welcome { get; init; } = DefaultWelcome;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (LoginIdleTimeout <= TimeSpan.Zero)
            throw new ArgumentException($"{nameof(LoginIdleTimeout)} must be positive (was {LoginIdleTimeout}).");
        if (MaxQueuedLines < 1)
            throw new ArgumentException($"{nameof(MaxQueuedLines)} must be at least 1 (was {MaxQueuedLines}).");
        ArgumentNullException.ThrowIfNull(Prompt, nameof(Prompt));
        ArgumentNullException.ThrowIfNull(Welcome, nameof(Welcome));
    }
}
