using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Players;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Scripting;
using ActorMoo.Scripting.Engine;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ActorMoo.Host.World;

/// <summary>Registers the world of a node: object actors, tasks, the Lua verb engine and their lifetime.</summary>
public static class WorldServiceCollectionExtensions
{
    /// <summary>
    /// Registers the world's persistent types, the <see cref="ScriptEngine"/> with the verb API (from the
    /// node's <see cref="ScriptingSettings"/>), the hosted <see cref="WorldLifetime"/> and, resolved from
    /// it once the host has started, <see cref="RunningWorld"/>, <see cref="WorldObjects"/>,
    /// <see cref="WorldTasks"/> and <see cref="VerbExecutor"/>. Register it
    /// after persistence and the actor system, so the world starts after them and stops before them.
    /// </summary>
    /// <remarks>
    /// The defaults are registered with <c>TryAdd</c>: a layer that knows better registers its own
    /// <see cref="ITaskEffectSink"/> (default: <see cref="LoggingEffectSink"/>, which drops effects),
    /// <see cref="IPlayerDirectory"/> or <see cref="IConnectedPlayers"/> (default: in memory, empty), or a
    /// <see cref="ScriptEngine"/> with more host tables (the world's included) before this call, or
    /// replaces them after it with <c>services.Replace(...)</c>.
    /// </remarks>
    public static IServiceCollection AddActorMooWorld(this IServiceCollection services)
    {
        services.AddPersistentTypes(static registry => registry.RegisterWorld());
        services.TryAddSingleton<ITaskEffectSink, LoggingEffectSink>();
        services.TryAddSingleton<IPlayerDirectory>(static _ => new InMemoryPlayerDirectory());
        services.TryAddSingleton<IConnectedPlayers>(static _ => new InMemoryConnectedPlayers());
        services.TryAddSingleton(provider => new VerbTaskServices
        {
            Players = provider.GetRequiredService<IPlayerDirectory>(),
            Connected = provider.GetRequiredService<IConnectedPlayers>(),
            Time = provider.GetRequiredService<TimeProvider>(),
        });
        // The container creates the engine and disposes it (closing its Lua states) when the host is disposed.
        services.TryAddSingleton(static provider => VerbExecutor.CreateEngine(
            provider.GetRequiredService<ScriptingSettings>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<ScriptEngine>>()));
        services.TryAddSingleton<WorldLifetime>();
        // The starter core goes into an empty database before the world's actors start.
        services.AddActorMooWorldFiles();
        services.AddHostedService(provider => provider.GetRequiredService<WorldLifetime>());
        services.TryAddSingleton(provider => provider.GetRequiredService<WorldLifetime>().World);
        services.TryAddSingleton(provider => provider.GetRequiredService<RunningWorld>().Objects);
        services.TryAddSingleton(provider => provider.GetRequiredService<RunningWorld>().Tasks);
        services.TryAddSingleton(provider => provider.GetRequiredService<RunningWorld>().Verbs);
        return services;
    }
}
