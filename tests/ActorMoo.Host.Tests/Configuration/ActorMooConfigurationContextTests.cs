using ActorMoo.Host.Configuration;
using ActorMoo.Host.Tests.Support;

namespace ActorMoo.Host.Tests.Configuration;

public sealed class ActorMooConfigurationContextTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void The_config_option_wins_and_is_required()
    {
        var environment = new Dictionary<string, string> { ["ACTORMOO_CONFIG"] = "/etc/other.conf" };
        UserConfigurationFile? file = TestEnvironment.Context(_directory.Path, environment, configFile: "my.conf").LocateUserFile();
        Assert.Equal(new UserConfigurationFile(Path.Combine(_directory.Path, "my.conf"), true, "--config"), file);
    }

    [Fact]
    public void The_environment_variable_names_the_file_when_there_is_no_option()
    {
        var environment = new Dictionary<string, string> { ["ACTORMOO_CONFIG"] = "/etc/actormoo.conf" };
        UserConfigurationFile? file = TestEnvironment.Context(_directory.Path, environment).LocateUserFile();
        Assert.Equal(new UserConfigurationFile("/etc/actormoo.conf", true, "ACTORMOO_CONFIG"), file);
    }

    [Fact]
    public void The_conventional_file_is_used_only_when_it_exists()
    {
        Assert.Null(TestEnvironment.Context(_directory.Path).LocateUserFile());
        string conventional = _directory.Write("hocon/actormoo.conf", "");
        Assert.Equal(new UserConfigurationFile(conventional, false, "default location"), TestEnvironment.Context(_directory.Path).LocateUserFile());
    }
}
