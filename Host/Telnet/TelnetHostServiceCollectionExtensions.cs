using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ActorMoo.Host.Telnet;

/// <summary>Registers the telnet edge in the node.</summary>
public static class TelnetHostServiceCollectionExtensions
{
    /// <summary>Adds the hosted <see cref="TelnetLifetime"/>; register it after the sessions so it starts after them and stops before them.</summary>
    public static IServiceCollection AddActorMooTelnet(this IServiceCollection services)
    {
        services.TryAddSingleton<TelnetLifetime>();
        services.AddHostedService(static provider => provider.GetRequiredService<TelnetLifetime>());
        return services;
    }
}
