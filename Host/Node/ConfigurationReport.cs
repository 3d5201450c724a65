using ActorMoo.Host.Configuration;

namespace ActorMoo.Host.Node;

/// <summary>
/// Logs, as the node starts, where its configuration came from and every effective value
/// (secrets redacted), one entry per key, so that any log of a running node says exactly how it
/// was configured.
/// </summary>
/// <param name="configuration">The node's configuration.</param>
/// <param name="context">Where the configuration was read from.</param>
/// <param name="logger">Where the report goes.</param>
public sealed partial class ConfigurationReport(
    IConfiguration configuration,
    ActorMooConfigurationContext context,
    ILogger<ConfigurationReport> logger) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogInformationSources(logger, string.Join(", ", EffectiveConfiguration.DescribeSources(configuration, context)));

        // One entry per key: every line of a single-line log stays greppable by key.
        foreach (string setting in EffectiveConfiguration.Render(configuration))
        {
            LogInformationEffectiveSetting(logger, setting);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Configuration sources: {Sources}")]
    private static partial void LogInformationSources(ILogger logger, string sources);

    [LoggerMessage(Level = LogLevel.Information, Message = "Effective configuration: {Setting}")]
    private static partial void LogInformationEffectiveSetting(ILogger logger, string setting);
}
