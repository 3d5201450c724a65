using ActorMoo.Host.Configuration;
using ActorMoo.Host.Options;
using ActorMoo.Host.Persistence;
using ActorMoo.Host.Sessions;
using ActorMoo.Host.Telnet;
using ActorMoo.Host.Web;
using ActorMoo.Host.World;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Node;

/// <summary>Registers the services of a single ActorMoo node.</summary>
public static class NodeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the node's services: its <see cref="ActorSystem"/> and the
    /// <see cref="ShardingSettings"/> for its shard regions, both from <see cref="RuntimeOptions"/>;
    /// the <see cref="ScriptingSettings"/> the world's script engine will run with, from
    /// <see cref="ScriptingOptions"/>; and the hosted services that start it. Hosted services
    /// start in registration order (and stop in reverse): the configuration report first, so a
    /// failing start is still preceded by it; then the data directory; then persistence (which the
    /// actors need); then the actor system; then the world (see <see cref="WorldServiceCollectionExtensions.AddActorMooWorld"/>),
    /// which therefore stops first.
    /// </summary>
    public static IServiceCollection AddActorMooNode(this IServiceCollection services, ActorMooConfigurationContext context)
    {
        services.TryAddSingleton(context);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DataDirectory>();
        services.TryAddSingleton(provider => ActorSystem.Create(
            ActorSystemLifetime.SystemName,
            provider.GetRequiredService<IOptions<RuntimeOptions>>().Value.ToActorSystemOptions(
                provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILoggerFactory>())));
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<RuntimeOptions>>().Value.Sharding.ToShardingSettings());
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<ScriptingOptions>>().Value.ToScriptingSettings());
        services.AddHostedService<ConfigurationReport>();
        services.AddHostedService<DataDirectoryInitializer>();
        services.AddActorMooPersistence();
        services.AddHostedService<ActorSystemLifetime>();
        services.AddActorMooWorld();
        services.AddActorMooSessions();
        services.AddActorMooTelnet();
        services.AddActorMooWeb();
        return services;
    }
}
