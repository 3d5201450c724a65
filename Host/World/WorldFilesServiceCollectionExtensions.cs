using ActorMoo.Actors.WorldFiles;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ActorMoo.Host.World;

/// <summary>Registers the world file format's part of a node: the tasks' file and loading the starter core into an empty database.</summary>
public static class WorldFilesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="TasksSection"/> and the hosted <see cref="StarterCoreLifetime"/>. Call
    /// it after persistence and before the world's hosted service, so the core is loaded before the
    /// object actors start. Other subsystems with their own file in a world tree (accounts) register
    /// an <see cref="IWorldFileSection"/> each.
    /// </summary>
    public static IServiceCollection AddActorMooWorldFiles(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorldFileSection, TasksSection>());
        services.AddHostedService<StarterCoreLifetime>();
        return services;
    }
}
