using ActorMoo.Host.Configuration;
using ActorMoo.Host.Options;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Node;

/// <summary>
/// Composes a single-node ActorMoo host on the generic host: HOCON configuration with
/// environment overrides, console logging, validated options and the node's services. The CLI
/// and in-process tests build nodes the same way.
/// </summary>
public static class NodeHost
{
    /// <summary>Creates a host builder for a node configured from <paramref name="context"/>.</summary>
    /// <exception cref="Configuration.Hocon.HoconException">The configuration files are invalid.</exception>
    public static HostApplicationBuilder CreateBuilder(ActorMooConfigurationContext context)
    {
        // The empty builder reads no appsettings.json and no DOTNET_ variables: the HOCON files
        // and the documented ACTORMOO_ variables are the only configuration, as DESIGN §7 says.
        HostApplicationBuilder builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = "actormoo",
            ContentRootPath = context.WorkingDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddActorMooConfiguration(context);
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "yyyy-MM-dd HH:mm:ss.fff ";
        });
        builder.Services.AddActorMooOptions();
        builder.Services.AddActorMooNode(context);
        return builder;
    }

    /// <summary>
    /// Checks now what would otherwise fail while the host starts — every options section is
    /// bound and validated, the data directory is created — so that the CLI can report every
    /// configuration problem as a plain message before anything runs. (A failure inside the
    /// host's start is logged with a stack trace, which is noise for an operator's mistake.)
    /// </summary>
    /// <exception cref="OptionsValidationException">An options section is invalid (several: an <see cref="AggregateException"/>).</exception>
    /// <exception cref="NodeStartupException">The data directory cannot be created.</exception>
    public static void CheckStartup(IServiceProvider services)
    {
        ValidateOptions(services);
        services.GetRequiredService<DataDirectory>().EnsureExists();
    }

    /// <summary>Binds and validates every options section registered with <c>ValidateOnStart</c>, changing nothing.</summary>
    /// <exception cref="OptionsValidationException">An options section is invalid (several: an <see cref="AggregateException"/>).</exception>
    public static void ValidateOptions(IServiceProvider services) =>
        services.GetService<IStartupValidator>()?.Validate();
}
