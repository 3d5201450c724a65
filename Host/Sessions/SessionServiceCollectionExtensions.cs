using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Sessions;
using ActorMoo.Actors.World.Players;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Actors.WorldFiles;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Scripting;
using ActorMoo.Scripting.Engine;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ActorMoo.Host.Sessions;

/// <summary>Registers accounts and player sessions on top of the world.</summary>
public static class SessionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the account and session persistent types; replaces the world's defaults with the
    /// real ones — the <see cref="ITaskEffectSink"/> that delivers output to connections
    /// (<see cref="SessionOutputRouter"/>, then <see cref="AccountEffectSink"/>), the
    /// <see cref="IConnectedPlayers"/> of live sessions and the <see cref="IPlayerDirectory"/> of
    /// accounts; replaces the verb engine with one that also has the <c>accounts</c> host table; and the hosted
    /// <see cref="SessionLifetime"/>, with <see cref="WorldSessions"/> and <see cref="AccountService"/>
    /// resolved from it once started; and the <c>accounts.json</c> section of world files. Register it after the world.
    /// </summary>
    public static IServiceCollection AddActorMooSessions(this IServiceCollection services)
    {
        services.AddPersistentTypes(static registry => registry.RegisterAccounts().RegisterSessions());
        services.TryAddSingleton<ConnectedPlayers>();
        services.Replace(ServiceDescriptor.Singleton<IConnectedPlayers>(static provider => provider.GetRequiredService<ConnectedPlayers>()));
        services.Replace(ServiceDescriptor.Singleton<ITaskEffectSink>(static provider => new SessionOutputRouter(
            provider.GetRequiredService<ActorSystem>(),
            provider.GetRequiredService<ConnectedPlayers>(),
            new AccountEffectSink(() => provider.GetRequiredService<SessionLifetime>().Accounts))));
        services.Replace(ServiceDescriptor.Singleton<IPlayerDirectory>(static provider =>
            new AccountPlayers(() => provider.GetRequiredService<SessionLifetime>().Accounts)));
        // The verb engine with the world's tables and accounts'; the container disposes it with the host.
        services.Replace(ServiceDescriptor.Singleton(static provider => VerbExecutor.CreateEngineWithTables(
            provider.GetRequiredService<ScriptingSettings>(),
            [AccountHostFunctions.Table(() => provider.GetRequiredService<SessionLifetime>().Accounts)],
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<ScriptEngine>>())));
        services.AddSingleton<IWorldFileSection, AccountsWorldFileSection>();
        services.TryAddSingleton<SessionLifetime>();
        services.AddHostedService(static provider => provider.GetRequiredService<SessionLifetime>());
        services.TryAddSingleton(static provider => provider.GetRequiredService<SessionLifetime>().Sessions);
        services.TryAddSingleton(static provider => provider.GetRequiredService<SessionLifetime>().Accounts);
        return services;
    }
}
