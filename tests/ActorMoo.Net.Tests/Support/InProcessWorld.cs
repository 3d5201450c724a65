using System.Net;
using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Server;
using ActorMoo.Actors.Sessions;
using ActorMoo.Actors.World;
using ActorMoo.Net.Edge;
using ActorMoo.Net.Telnet;
using ActorMoo.Net.Web;
using ActorMoo.Net.Web.Accounts;
using ActorMoo.Net.Web.Stats;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting;
using ActorMoo.Scripting.Budgets;
using ActorMoo.TestKit.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorMoo.Net.Tests.Support;

/// <summary>
/// The whole server in this process (<see cref="InProcessServer"/>: the starter core loaded into an
/// in-memory store, object actors, accounts, verbs, the session region), with the real edge servers
/// started in front of it on free loopback ports as a test asks: the web server, the telnet server
/// or both. For end-to-end tests of the edge against the real world.
/// </summary>
internal sealed class InProcessWorld : IAsyncDisposable
{
    /// <summary>The wizard's password in every test world.</summary>
    public const string WizardPassword = "wizard-password";

    private readonly InProcessServer _world;
    private readonly PersistenceRuntime _persistence;

    /// <summary>Stops and disposes each edge server started on this world; run before the world stops.</summary>
    private readonly List<Func<Task>> _stopServers = [];

    private InProcessWorld(InProcessServer world, PersistenceRuntime persistence)
    {
        _world = world;
        _persistence = persistence;
    }

    public AccountService Accounts => _world.Accounts;

    public ConnectedPlayers Connected => _world.Connected;

    /// <summary>Where an edge finds this world's sessions.</summary>
    public SessionEndpoint Sessions => new(_world.System, _world.Sessions.Region);

    public static async Task<InProcessWorld> StartAsync(string name = "in-process-world")
    {
        var time = TimeProvider.System;
        var serializer = new PersistenceSerializer(new TypeManifestRegistry().RegisterWorld().RegisterAccounts().RegisterSessions());
        var journal = new EventJournal(new InMemoryJournalStorage(), serializer, new JournalOptions { WriterId = name }, time);
        var persistence = new PersistenceRuntime(journal, new SnapshotStore(new InMemorySnapshotStorage(), serializer, time));
        var world = await InProcessServer.StartAsync(persistence, new InProcessServerOptions
        {
            SystemName = name,
            WizardPassword = WizardPassword,
            Sharding = new ShardingSettings { ShardCount = 10, PassivationIdleTimeout = TimeSpan.Zero },
            // The cheapest hash the accounts accept, and generous budgets: the test machine may be heavily loaded.
            Accounts = new AccountSettings { PasswordIterations = PasswordHasher.MinimumIterations },
            Scripting = new ScriptingSettings { Foreground = new ScriptBudget(1_000_000_000, 64L * 1024 * 1024, TimeSpan.FromMinutes(2)) },
        });
        return new InProcessWorld(world, persistence);
    }

    /// <summary>Starts the web server (client page, websocket, JSON API) on a free loopback port.</summary>
    /// <param name="settings">Its settings; by default the production ones with the account-request limit raised for tests.</param>
    public async Task<WebServer> StartWebAsync(WebSettings? settings = null)
    {
        var services = new WebServerServices(Sessions, new WorldAccounts(Accounts), new ConnectedCount(Connected), TimeProvider.System, NullLoggerFactory.Instance);
        settings ??= new WebSettings { AccountRequestsPerWindow = 1000, AccountRequestWindow = TimeSpan.FromHours(1) };
        var server = await WebServer.StartAsync(new IPEndPoint(IPAddress.Loopback, 0), settings, services);
        _stopServers.Add(async () =>
        {
            await server.StopAsync();
            await server.DisposeAsync();
        });
        return server;
    }

    /// <summary>Starts the telnet server on a free loopback port (no TLS); MSSP counts the players online.</summary>
    public async Task<TelnetServer> StartTelnetAsync(TelnetServerOptions options, ILoggerFactory? loggers = null)
    {
        var server = await TelnetServer.StartAsync(
            new TelnetEndpoints(IPAddress.Loopback, 0), options, Sessions, () => Connected.Count, TimeProvider.System, loggers ?? NullLoggerFactory.Instance);
        _stopServers.Add(async () =>
        {
            await server.StopAsync();
            await server.DisposeAsync();
        });
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var stop in _stopServers)
            await stop();
        await _world.DisposeAsync();
        await _persistence.Journal.DisposeAsync();
        await _persistence.Snapshots.DisposeAsync();
    }

    /// <summary>Players online, the one counter a test world has.</summary>
    private sealed class ConnectedCount(ConnectedPlayers connected) : IWorldStats
    {
        public Task<WorldCounts> GetAsync(CancellationToken cancellationToken) =>
            Task.FromResult(new WorldCounts(null, null, connected.Count, null));
    }
}
