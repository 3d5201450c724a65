using System.Net;
using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Server;
using ActorMoo.Actors.Sessions;
using ActorMoo.Actors.World;
using ActorMoo.Net.Web;
using ActorMoo.Net.Web.Accounts;
using ActorMoo.Net.Web.Sockets;
using ActorMoo.Net.Web.Stats;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting;
using ActorMoo.Scripting.Budgets;
using ActorMoo.TestKit.Persistence;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorMoo.Net.Tests.Web.Support;

/// <summary>
/// The whole server in this process (<see cref="InProcessServer"/>: the starter core loaded into an
/// in-memory store, object actors, accounts, verbs, the session region) with the web server in
/// front of it on a free loopback port. For end-to-end tests of the web edge against the real world.
/// </summary>
internal sealed class InProcessWebWorld : IAsyncDisposable
{
    private readonly InProcessServer _world;
    private readonly PersistenceRuntime _persistence;

    private InProcessWebWorld(InProcessServer world, PersistenceRuntime persistence, WebServer server)
    {
        _world = world;
        _persistence = persistence;
        Server = server;
    }

    public AccountService Accounts => _world.Accounts;

    public WebServer Server { get; }

    public static async Task<InProcessWebWorld> StartAsync()
    {
        var time = TimeProvider.System;
        var serializer = new PersistenceSerializer(new TypeManifestRegistry().RegisterWorld().RegisterAccounts().RegisterSessions());
        var journal = new EventJournal(new InMemoryJournalStorage(), serializer, new JournalOptions { WriterId = "web-tests" }, time);
        var persistence = new PersistenceRuntime(journal, new SnapshotStore(new InMemorySnapshotStorage(), serializer, time));
        var world = await InProcessServer.StartAsync(persistence, new InProcessServerOptions
        {
            SystemName = "web-world",
            WizardPassword = "wizard-password",
            Sharding = new ShardingSettings { ShardCount = 10, PassivationIdleTimeout = TimeSpan.Zero },
            // The cheapest hash the accounts accept, and generous budgets: the test machine may be heavily loaded.
            Accounts = new AccountSettings { PasswordIterations = PasswordHasher.MinimumIterations },
            Scripting = new ScriptingSettings { Foreground = new ScriptBudget(1_000_000_000, 64L * 1024 * 1024, TimeSpan.FromMinutes(2)) },
        });

        var services = new WebServerServices(
            new SessionGateway(world.System, world.Sessions.Region), new WorldAccounts(world.Accounts), new ConnectedCount(world.Connected), time, NullLoggerFactory.Instance);
        var settings = new WebSettings { AccountRequestsPerWindow = 1000, AccountRequestWindow = TimeSpan.FromHours(1) };
        var server = await WebServer.StartAsync(new IPEndPoint(IPAddress.Loopback, 0), settings, services);
        return new InProcessWebWorld(world, persistence, server);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.StopAsync();
        await Server.DisposeAsync();
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
