using ActorMoo.Host.Configuration;
using ActorMoo.Host.Tests.Support;

namespace ActorMoo.Host.Tests.Configuration;

public sealed class EffectiveConfigurationTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Each_key_is_rendered_as_a_sorted_hocon_line_with_secrets_redacted()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["actormoo:b:port"] = "7777",
            ["actormoo:a:motd"] = "hello world",
            ["actormoo:a:empty"] = "",
            ["actormoo:a:none"] = null,
            ["actormoo:world:wizard-password"] = "hunter2",
            ["actormoo:logging:categories:Microsoft.AspNetCore"] = "Warning",
            ["other:key"] = "not ours",
        }).Build();

        Assert.Equal(
            [
                "actormoo.a.empty = \"\"",
                "actormoo.a.motd = \"hello world\"",
                "actormoo.b.port = 7777",
                "actormoo.logging.categories.\"Microsoft.AspNetCore\" = Warning",
                "actormoo.world.wizard-password = \"<redacted>\"",
            ],
            EffectiveConfiguration.Render(configuration));
    }

    [Fact]
    public void Sources_list_the_reference_the_files_read_and_the_active_environment_variables()
    {
        string file = _directory.Write("hocon/actormoo.conf", "actormoo.network.telnet-port = 4000");
        ActorMooConfigurationContext context = TestEnvironment.Context(_directory.Path,
            new Dictionary<string, string> { ["ACTORMOO_BIND"] = "::1", ["ACTORMOO_WIZARD_PASSWORD"] = "x" });
        IConfigurationRoot configuration = new ConfigurationBuilder().AddActorMooConfiguration(context).Build();

        Assert.Equal(
            [ReferenceConfiguration.SourceName, $"{file} (default location)", "environment ACTORMOO_BIND, ACTORMOO_WIZARD_PASSWORD"],
            EffectiveConfiguration.DescribeSources(configuration, context));
    }
}
