using ActorMoo.Host.Configuration;
using ActorMoo.Host.Configuration.Hocon;
using ActorMoo.Host.Tests.Support;

namespace ActorMoo.Host.Tests.Configuration;

public sealed class ActorMooConfigurationExtensionsTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private IConfigurationRoot Build(Dictionary<string, string>? environment = null, string? configFile = null) =>
        new ConfigurationBuilder().AddActorMooConfiguration(TestEnvironment.Context(_directory.Path, environment, configFile)).Build();

    [Fact]
    public void Without_files_the_reference_defaults_apply()
    {
        IConfigurationRoot configuration = Build();
        Assert.Equal("127.0.0.1", configuration["actormoo:network:bind"]);
        Assert.Equal("7777", configuration["actormoo:network:telnet-port"]);
        Assert.Equal("7778", configuration["actormoo:network:tls-port"]);
        Assert.Equal("8080", configuration["actormoo:network:http-port"]);
        Assert.Equal("./data", configuration["actormoo:storage:data-dir"]);
        Assert.Equal("", configuration["actormoo:storage:postgres"]);
    }

    [Fact]
    public void The_user_file_overrides_the_defaults_it_names_and_may_refer_to_the_others()
    {
        _directory.Write("hocon/actormoo.conf", "actormoo.network.telnet-port = 4000\nactormoo.network.http-port = ${actormoo.network.telnet-port}1");
        IConfigurationRoot configuration = Build();
        Assert.Equal("4000", configuration["actormoo:network:telnet-port"]);
        Assert.Equal("40001", configuration["actormoo:network:http-port"]);
        Assert.Equal("127.0.0.1", configuration["actormoo:network:bind"]);
    }

    [Fact]
    public void Every_documented_environment_variable_overrides_both_files()
    {
        _directory.Write("custom.conf", """
            actormoo.network { bind = 10.0.0.1, telnet-port = 1, tls-port = 2, http-port = 3 }
            actormoo.storage { data-dir = /from/file, postgres = "Host=file" }
            actormoo.world.wizard-password = file
            """);
        var environment = new Dictionary<string, string>
        {
            ["ACTORMOO_DATA_DIR"] = "/from/env",
            ["ACTORMOO_TELNET_PORT"] = "4001",
            ["ACTORMOO_TLS_PORT"] = "4002",
            ["ACTORMOO_HTTP_PORT"] = "4003",
            ["ACTORMOO_BIND"] = "0.0.0.0",
            ["ACTORMOO_POSTGRES"] = "Host=env",
            ["ACTORMOO_WIZARD_PASSWORD"] = "sesame",
        };
        IConfigurationRoot configuration = Build(environment, configFile: "custom.conf");
        Assert.Equal("/from/env", configuration["actormoo:storage:data-dir"]);
        Assert.Equal("4001", configuration["actormoo:network:telnet-port"]);
        Assert.Equal("4002", configuration["actormoo:network:tls-port"]);
        Assert.Equal("4003", configuration["actormoo:network:http-port"]);
        Assert.Equal("0.0.0.0", configuration["actormoo:network:bind"]);
        Assert.Equal("Host=env", configuration["actormoo:storage:postgres"]);
        Assert.Equal("sesame", configuration["actormoo:world:wizard-password"]);
    }

    [Fact]
    public void A_value_derived_from_an_overridden_key_follows_the_override()
    {
        _directory.Write("hocon/actormoo.conf", "actormoo.storage.sqlite-file = ${actormoo.storage.data-dir}/world.db");
        IConfigurationRoot configuration = Build(new Dictionary<string, string> { ["ACTORMOO_DATA_DIR"] = "/srv/moo" });
        Assert.Equal("/srv/moo/world.db", configuration["actormoo:storage:sqlite-file"]);
    }

    [Fact]
    public void An_empty_environment_variable_counts_as_unset()
    {
        IConfigurationRoot configuration = Build(new Dictionary<string, string> { ["ACTORMOO_TELNET_PORT"] = "" });
        Assert.Equal("7777", configuration["actormoo:network:telnet-port"]);
    }

    [Fact]
    public void A_named_config_file_that_is_missing_is_an_error()
    {
        var error = Assert.Throws<HoconException>(() => Build(configFile: "missing.conf"));
        Assert.Equal(Path.Combine(_directory.Path, "missing.conf"), error.Origin.Source);
        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
        Assert.Throws<HoconException>(() => Build(new Dictionary<string, string> { ["ACTORMOO_CONFIG"] = "gone.conf" }));
    }

    [Fact]
    public void The_example_production_file_parses_and_uses_postgresql()
    {
        string example = Path.Combine(RepositoryFiles.Root, "hocon", "examples", "production.conf");
        IConfigurationRoot configuration = Build(new Dictionary<string, string> { ["ACTORMOO_DB_PASSWORD"] = "pw" }, configFile: example);
        Assert.Contains("Password=pw", configuration["actormoo:storage:postgres"], StringComparison.Ordinal);
        Assert.Equal("0.0.0.0", configuration["actormoo:network:bind"]);
    }
}
