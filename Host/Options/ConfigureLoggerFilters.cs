using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Options;

/// <summary>
/// Applies <see cref="LoggingOptions"/> to the logging filters. It binds the section itself and
/// ignores a bad value: the logger factory is built before options are validated, and a bad
/// level is reported properly by <see cref="LoggingOptionsValidator"/> at start.
/// </summary>
/// <param name="configuration">The node's configuration.</param>
public sealed class ConfigureLoggerFilters(IConfiguration configuration) : IConfigureOptions<LoggerFilterOptions>
{
    /// <inheritdoc />
    public void Configure(LoggerFilterOptions options)
    {
        var logging = new LoggingOptions();
        try
        {
            OptionsSectionBinder.Bind(configuration, LoggingOptions.SectionKey, logging);
        }
        catch (OptionsValidationException)
        {
            return;
        }

        options.MinLevel = logging.Level;
        foreach ((string category, LogLevel level) in logging.Categories)
        {
            options.Rules.Add(new LoggerFilterRule(providerName: null, category, level, filter: null));
        }
    }
}
