using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Options;

/// <summary>Registers ActorMoo's typed options: bound from configuration, validated at start.</summary>
public static class ActorMooOptionsExtensions
{
    /// <summary>
    /// Registers every options section. To add a section: write <c>XxxOptions</c> (with a
    /// <c>SectionKey</c> and <see cref="ConfigurationKeyNameAttribute"/> on each property) and an
    /// <c>XxxOptionsValidator</c>, document the keys in hocon/reference.conf, and add one line here.
    /// </summary>
    public static IServiceCollection AddActorMooOptions(this IServiceCollection services)
    {
        services.AddOptionsSection<NetworkOptions, NetworkOptionsValidator>(NetworkOptions.SectionKey);
        services.AddOptionsSection<HttpOptions, HttpOptionsValidator>(HttpOptions.SectionKey);
        services.AddOptionsSection<TelnetOptions, TelnetOptionsValidator>(TelnetOptions.SectionKey);
        services.AddOptionsSection<StorageOptions, StorageOptionsValidator>(StorageOptions.SectionKey);
        services.AddOptionsSection<PersistenceOptions, PersistenceOptionsValidator>(PersistenceOptions.SectionKey);
        services.AddOptionsSection<RuntimeOptions, RuntimeOptionsValidator>(RuntimeOptions.SectionKey);
        services.AddOptionsSection<ScriptingOptions, ScriptingOptionsValidator>(ScriptingOptions.SectionKey);
        services.AddOptionsSection<WorldOptions, WorldOptionsValidator>(WorldOptions.SectionKey);
        services.AddOptionsSection<SessionsOptions, SessionsOptionsValidator>(SessionsOptions.SectionKey);
        services.AddOptionsSection<LoggingOptions, LoggingOptionsValidator>(LoggingOptions.SectionKey);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<LoggerFilterOptions>, ConfigureLoggerFilters>());
        return services;
    }

    /// <summary>
    /// Binds <typeparamref name="TOptions"/> from <paramref name="sectionKey"/> (unknown keys and
    /// unconvertible values are errors) and validates it with <typeparamref name="TValidator"/>
    /// when the host starts, so a bad value stops the node before anything runs.
    /// </summary>
    public static OptionsBuilder<TOptions> AddOptionsSection<TOptions, TValidator>(this IServiceCollection services, string sectionKey)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        return services.AddOptions<TOptions>()
            .Configure<IConfiguration>((options, configuration) => OptionsSectionBinder.Bind(configuration, sectionKey, options))
            .ValidateOnStart();
    }
}
