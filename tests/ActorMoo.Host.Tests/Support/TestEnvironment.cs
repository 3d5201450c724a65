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
}
