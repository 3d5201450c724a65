using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ActorMoo.Host.Web;

/// <summary>Registers the HTTP server in the node.</summary>
public static class WebHostServiceCollectionExtensions
{
    /// <summary>Adds the hosted <see cref="WebLifetime"/>; register it after the sessions so it starts after them and stops before them.</summary>
    public static IServiceCollection AddActorMooWeb(this IServiceCollection services)
    {
        services.TryAddSingleton<NodeWorldStats>();
        services.TryAddSingleton<WebLifetime>();
        services.AddHostedService(static provider => provider.GetRequiredService<WebLifetime>());
        return services;
    }
}
