namespace ActorMoo.Host.Cli;

/// <summary>Process exit codes of <c>actormoo</c>.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked (a node that was stopped with Ctrl+C or SIGTERM included).</summary>
    public const int Success = 0;

    /// <summary>An unexpected failure, or bad command-line arguments.</summary>
    public const int Failure = 1;

    /// <summary>
    /// The configuration is invalid. EX_CONFIG from sysexits.h, so that a service manager can
    /// tell "fix the configuration" from a crash and need not restart in a loop.
    /// </summary>
    public const int ConfigurationError = 78;

    /// <summary>
    /// The database cannot be reached or opened. EX_UNAVAILABLE from sysexits.h: the
    /// configuration may be right and the server merely down, so restarting later can help.
    /// </summary>
    public const int StorageUnavailable = 69;
}
