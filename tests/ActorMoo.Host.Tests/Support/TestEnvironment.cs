using ActorMoo.Host.Configuration;

namespace ActorMoo.Host.Tests.Support;

/// <summary>Configuration contexts with a private environment, so tests never read the machine's ACTORMOO_ variables.</summary>
internal static class TestEnvironment
{
    public static ActorMooConfigurationContext Context(string workingDirectory, IReadOnlyDictionary<string, string>? environment = null,
        string? configFile = null) => new()
        {
            ConfigFile = configFile,
            Environment = Hocon.Lookup(environment),
            WorkingDirectory = workingDirectory,
        };

    /// <summary>
    /// Like <see cref="Context"/> for a node that will be started: the telnet, TLS and HTTP ports
    /// default to 0 (free ports), so nodes of tests running in parallel never fight over 7777/8080.
    /// </summary>
    public static ActorMooConfigurationContext NodeContext(string workingDirectory, IReadOnlyDictionary<string, string>? environment = null,
        string? configFile = null)
    {
        var withPorts = new Dictionary<string, string> { ["ACTORMOO_TELNET_PORT"] = "0", ["ACTORMOO_TLS_PORT"] = "0", ["ACTORMOO_HTTP_PORT"] = "0" };
        foreach ((string name, string value) in environment ?? new Dictionary<string, string>())
        {
            withPorts[name] = value;
        }

        return Context(workingDirectory, withPorts, configFile);
    }
}
