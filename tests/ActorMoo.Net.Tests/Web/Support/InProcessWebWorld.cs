using System.Net;
using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Sessions;
using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Actors.WorldFiles;
using ActorMoo.Net.Web;
using ActorMoo.Net.Web.Accounts;
using ActorMoo.Net.Web.Sockets;
using ActorMoo.Net.Web.Stats;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting;
using ActorMoo.Scripting.Budgets;
using ActorMoo.Scripting.Engine;
using ActorMoo.TestKit.Persistence;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorMoo.Net.Tests.Web.Support;

/// <summary>
/// The whole server in this process, wired as the host wires it — the starter core loaded into an
/// in-memory store, object actors, accounts, verbs, the session region — with the web server in
/// front of it on a free loopback port. For end-to-end tests of the web edge against the real world.
/// </summary>
internal sealed class InProcessWebWorld : IAsyncDisposable
{
    private static readonly ShardingSettings Sharding = new() { ShardCount = 10, PassivationIdleTimeout = TimeSpan.Zero };

    private readonly ActorSystem _system;
    private readonly EventJournal _journal;
    private readonly PersistenceRuntime _persistence;
    private readonly ScriptEngine _engine;
    private readonly VerbExecutor _verbs;

    private InProcessWebWorld(ActorSystem system, EventJournal journal, PersistenceRuntime persistence, ScriptEngine engine, VerbExecutor verbs, AccountService accounts, WebServer server)
    {
        _system = system;
        _journal = journal;
        _persistence = persistence;
        _engine = engine;
        _verbs = verbs;
        Accounts = accounts;
        Server = server;
    }

    public AccountService Accounts { get; }

    public WebServer Server { get; }

    public static async Task<InProcessWebWorld> StartAsync()
    {
        var time = TimeProvider.System;
        var serializer = new PersistenceSerializer(new TypeManifestRegistry().RegisterWorld().RegisterAccounts().RegisterSessions());
        var journal = new EventJournal(new InMemoryJournalStorage(), serializer, new JournalOptions { WriterId = "web-tests" }, time);
        var persistence = new PersistenceRuntime(journal, new SnapshotStore(new InMemorySnapshotStorage(), serializer, time));
        await StarterCore.LoadIfEmptyAsync(journal, []);

        var system = ActorSystem.Create("web-world");
        var objects = WorldObjects.Start(system, persistence, new WorldSettings(), Sharding);
        var connected = new ConnectedPlayers();
        AccountService? accounts = null;
        var tasks = new WorldTasks(objects, journal, new SessionOutputRouter(system, connected, new AccountEffectSink(() => accounts!)));
        // The cheapest hash the accounts accept, and generous budgets: the test machine may be heavily loaded.
        accounts = AccountService.Start(system, persistence, tasks, new AccountSettings { PasswordIterations = PasswordHasher.MinimumIterations });
        var engine = VerbExecutor.CreateEngineWithTables(
            new ScriptingSettings { Foreground = new ScriptBudget(1_000_000_000, 64L * 1024 * 1024, TimeSpan.FromMinutes(2)) },
            [AccountHostFunctions.Table(accounts)]);
        var verbs = new VerbExecutor(tasks, engine, new VerbTaskServices { Connected = connected, Players = new AccountPlayers(() => accounts) });
        await new WizardBootstrap(accounts, tasks, NullLogger<WizardBootstrap>.Instance).EnsureAsync("wizard-password");
        var sessions = WorldSessions.Start(
            system,
            new SessionServices(persistence, tasks, verbs, accounts, connected, new SessionClients(), new TaskQueueInput(verbs.Queue), new SessionSettings()),
            Sharding);

        var services = new WebServerServices(
            new SessionGateway(system, sessions.Region), new WorldAccounts(accounts), new ConnectedCount(connected), time, NullLoggerFactory.Instance);
        var settings = new WebSettings { AccountRequestsPerWindow = 1000, AccountRequestWindow = TimeSpan.FromHours(1) };
        var server = await WebServer.StartAsync(new IPEndPoint(IPAddress.Loopback, 0), settings, services);
        return new InProcessWebWorld(system, journal, persistence, engine, verbs, accounts, server);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.StopAsync();
        await Server.DisposeAsync();
        await _verbs.Queue.DisposeAsync();
        _engine.Dispose();
        await _system.TerminateAsync("web world stopped").WaitAsync(TimeSpan.FromMinutes(1));
        await _journal.DisposeAsync();
        await _persistence.Snapshots.DisposeAsync();
    }

    /// <summary>Players online, the one counter a test world has.</summary>
    private sealed class ConnectedCount(ConnectedPlayers connected) : IWorldStats
    {
        public Task<WorldCounts> GetAsync(CancellationToken cancellationToken) =>
            Task.FromResult(new WorldCounts(null, null, connected.Count, null));
    }
}
