namespace ActorMoo.Host.Configuration;

/// <summary>
/// Where a node's configuration comes from: the <c>--config</c> file (if any), the environment
/// variables, and the working directory. The CLI builds one from the process; tests build one
/// by hand with a private environment so they never depend on the machine's variables.
/// </summary>
public sealed class ActorMooConfigurationContext
{
    /// <summary>Name of the environment variable that names the user configuration file when <c>--config</c> is not given.</summary>
    public const string ConfigFileVariable = "ACTORMOO_CONFIG";

    /// <summary>The user configuration file looked for in the working directory when neither <c>--config</c> nor ACTORMOO_CONFIG is given.</summary>
    public const string DefaultConfigFile = "hocon/actormoo.conf";

    /// <summary>The file given with <c>--config</c>, or null.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Reads an environment variable (null when unset). The process environment by default.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>Directory that relative paths (the config file, <c>data-dir</c>) are resolved against.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>
    /// The user configuration file to read, if any: <c>--config</c>, else ACTORMOO_CONFIG (both
    /// must exist), else <c>hocon/actormoo.conf</c> under the working directory when present.
    /// </summary>
    public UserConfigurationFile? LocateUserFile()
    {
        if (!string.IsNullOrWhiteSpace(ConfigFile))
        {
            return new UserConfigurationFile(Path.GetFullPath(ConfigFile, WorkingDirectory), Required: true, "--config");
        }

        if (Environment(ConfigFileVariable) is { Length: > 0 } fromEnvironment)
        {
            return new UserConfigurationFile(Path.GetFullPath(fromEnvironment, WorkingDirectory), Required: true, ConfigFileVariable);
        }

        string conventional = Path.GetFullPath(DefaultConfigFile, WorkingDirectory);
        return File.Exists(conventional) ? new UserConfigurationFile(conventional, Required: false, "default location") : null;
    }
}

/// <summary>A user configuration file merged over the built-in reference configuration.</summary>
/// <param name="Path">Full path of the file.</param>
/// <param name="Required">Whether a missing file is an error (it is when the operator named it).</param>
/// <param name="ChosenBy">How it was chosen (<c>--config</c>, <c>ACTORMOO_CONFIG</c>, default location), for the log.</param>
public sealed record UserConfigurationFile(string Path, bool Required, string ChosenBy);
