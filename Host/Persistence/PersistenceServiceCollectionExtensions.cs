using ActorMoo.Runtime.Persistence;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ActorMoo.Host.Persistence;

/// <summary>Registers the node's persistence: the configured database, the journal and snapshot store, and their lifetime.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PersistenceDatabaseFactory"/>, the hosted <see cref="PersistenceLifetime"/>
    /// and, resolved from it once the host has started, <see cref="PersistenceRuntime"/>,
    /// <see cref="EventJournal"/> and <see cref="SnapshotStore"/>. Register it before the actor system's
    /// hosted service, so persistence opens first and closes last.
    /// </summary>
    public static IServiceCollection AddActorMooPersistence(this IServiceCollection services)
    {
        // Through AddPersistentTypes, so the registry includes every part's registrations whoever registers first.
        services.AddPersistentTypes(static _ => { });
        services.TryAddSingleton<PersistenceDatabaseFactory>();
        services.TryAddSingleton<PersistenceLifetime>();
        services.AddHostedService(provider => provider.GetRequiredService<PersistenceLifetime>());
        services.TryAddSingleton(provider => provider.GetRequiredService<PersistenceLifetime>().Runtime);
        services.TryAddSingleton(provider => provider.GetRequiredService<PersistenceRuntime>().Journal);
        services.TryAddSingleton(provider => provider.GetRequiredService<PersistenceRuntime>().Snapshots);
        return services;
    }
}
