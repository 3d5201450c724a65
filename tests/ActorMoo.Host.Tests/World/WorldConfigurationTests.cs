using ActorMoo.Host.Cli;
using ActorMoo.Host.Tests.Support;

namespace ActorMoo.Host.Tests.World;

/// <summary>A bad <c>actormoo.world</c> section stops the node before anything starts, as every configuration error does.</summary>
public sealed class WorldConfigurationTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private async Task<(int ExitCode, string Error)> RunAsync(string configuration)
    {
        _directory.Write("hocon/actormoo.conf", configuration);
        using var error = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        int exitCode = await RunNodeCommand.RunAsync(TestEnvironment.Context(_directory.Path), error, timeout.Token);
        return (exitCode, error.ToString());
    }

    [Fact]
    public async Task A_bad_world_value_exits_78_naming_the_key()
    {
        (int exitCode, string error) = await RunAsync("actormoo.world { max-attempts = 0 }");

        Assert.Equal(ExitCodes.ConfigurationError, exitCode);
        Assert.Equal(
            "actormoo: cannot start: actormoo.world.max-attempts = 0: must be between 1 and 1000 (1: a conflict fails the task at once)",
            error.Trim());
    }

    [Fact]
    public async Task A_misspelt_world_key_exits_78_listing_the_known_keys()
    {
        (int exitCode, string error) = await RunAsync("actormoo.world.reservation-timout = 5s");

        Assert.Equal(ExitCodes.ConfigurationError, exitCode);
        Assert.Contains("actormoo.world.reservation-timout: unknown key", error, StringComparison.Ordinal);
        Assert.Contains("first-object-id, max-attempts, reservation-timeout, wizard-password", error, StringComparison.Ordinal);
    }
}
