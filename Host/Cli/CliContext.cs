using System.CommandLine;
using ActorMoo.Host.Configuration;

namespace ActorMoo.Host.Cli;

/// <summary>
/// What every verb shares: the global <c>--config</c> option and the process environment the
/// configuration is read from. Tests create one with a private environment and directory.
/// </summary>
/// <param name="environment">Reads an environment variable.</param>
/// <param name="workingDirectory">Directory relative paths are resolved against.</param>
public sealed class CliContext(Func<string, string?> environment, string workingDirectory)
{
    /// <summary><c>--config &lt;file&gt;</c>: the HOCON file merged over the built-in defaults; available to every verb.</summary>
    public Option<string> ConfigOption { get; } = new("--config", "-c")
    {
        Description = $"HOCON configuration file merged over the built-in defaults (default: ${ActorMooConfigurationContext.ConfigFileVariable}, else {ActorMooConfigurationContext.DefaultConfigFile} if present)",
        HelpName = "file",
        Recursive = true,
    };

    /// <summary>Standard input for verbs that read it (<c>passwd</c>); null means the process's console. Tests set it.</summary>
    public TextReader? Input { get; init; }

    /// <summary>A context for the running process: its environment variables and working directory.</summary>
    public static CliContext FromProcess() => new(Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory());

    /// <summary>Where the configuration comes from for this invocation.</summary>
    public ActorMooConfigurationContext CreateConfigurationContext(ParseResult parseResult) => new()
    {
        ConfigFile = parseResult.GetValue(ConfigOption),
        Environment = environment,
        WorkingDirectory = workingDirectory,
    };
}
