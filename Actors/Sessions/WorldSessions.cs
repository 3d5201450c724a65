using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Sharding;

namespace ActorMoo.Actors.Sessions;

/// <summary>
/// The sessions of a running world: the shard region of <see cref="SessionActor"/>s that the edge
/// sends every <see cref="ISessionMessage"/> to, and the services they share. Start it once per
/// process with <see cref="Start"/>; give the edge <see cref="Region"/>.
/// </summary>
/// <example>
/// <code>
/// var connected = new ConnectedPlayers();
/// var tasks = new WorldTasks(objects, journal, new SessionOutputRouter(system, connected));
/// var verbs = new VerbExecutor(tasks, engine, new VerbTaskServices { Connected = connected, Players = new AccountPlayers(accounts) });
/// var accounts = AccountService.Start(system, persistence, tasks, new AccountSettings());
/// var sessions = WorldSessions.Start(system, new SessionServices(persistence, tasks, verbs, accounts, connected,
///     new SessionClients(), ITaskInput.None, new SessionSettings()), new ShardingSettings());
/// await using var console = await LocalSession.OpenAsync(sessions);
/// </code>
/// </example>
public sealed class WorldSessions
{
    /// <summary>The entity type name of the session region.</summary>
    public const string EntityTypeName = "sessions";

    private WorldSessions(ActorSystem system, IActorRef region, SessionServices services)
    {
        System = system;
        Region = region;
        Services = services;
    }

    /// <summary>The actor system the sessions run in.</summary>
    public ActorSystem System { get; }

    /// <summary>The session region: send it <see cref="ISessionMessage"/>s.</summary>
    public IActorRef Region { get; }

    /// <summary>The services the sessions share.</summary>
    public SessionServices Services { get; }

    /// <summary>The connected players.</summary>
    public ConnectedPlayers Connected => Services.Connected;

    /// <summary>
    /// Starts the session region. Sessions stay active while their connection is open, unless idle
    /// for <see cref="ShardingSettings.PassivationIdleTimeout"/>; a passivated session comes back on its
    /// next message with its binding intact.
    /// </summary>
    public static WorldSessions Start(ActorSystem system, SessionServices services, ShardingSettings sharding)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(sharding);
        services.Settings.Validate();
        var props = SessionActor.Props(services);
        var region = ClusterSharding.Get(system).Start(
            EntityTypeName, _ => props, new SessionMessageExtractor(sharding.ShardCount), sharding, stopMessage: SessionActor.SessionStop.Instance);
        return new WorldSessions(system, region, services);
    }

    /// <summary>Sends <paramref name="message"/> to its session.</summary>
    public void Tell(ISessionMessage message, IActorRef? sender = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Region.Tell(message, sender);
    }
}
