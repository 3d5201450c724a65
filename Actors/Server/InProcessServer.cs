using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Sessions;
using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Actors.WorldFiles;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting;
using ActorMoo.Scripting.Engine;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorMoo.Actors.Server;

/// <summary>
/// A whole world server in this process, without the host or a network edge: the starter core
/// loaded on the first start, object actors, accounts with the wizard bootstrapped, the verb
/// executor and the session region, wired as the host wires them. For benchmarks, transcript
/// tests and embedding; players come in through <see cref="LocalSession"/> consoles on
/// <see cref="Sessions"/>, exactly as over telnet.
/// </summary>
/// <remarks>
/// The persistence runtime is the caller's: disposing the server stops the actors and the engine
/// but leaves the store open, so a new server over the same store recovers from its journal.
/// </remarks>
/// <example>
/// <code>
/// await using var server = await InProcessServer.StartAsync(persistence, new InProcessServerOptions { WizardPassword = "secret" });
/// await using var console = await LocalSession.OpenAsync(server.Sessions);
/// await console.ReadUntilPromptAsync();
/// await console.CommandAsync("connect Wizard secret");
/// </code>
/// </example>
public sealed class InProcessServer : IAsyncDisposable
{
    private readonly ScriptEngine _engine;

    private InProcessServer(ActorSystem system, ScriptEngine engine, WorldTasks tasks, VerbExecutor verbs, AccountService accounts, WorldSessions sessions)
    {
        System = system;
        _engine = engine;
        Tasks = tasks;
        Verbs = verbs;
        Accounts = accounts;
        Sessions = sessions;
    }

    /// <summary>The actor system every part runs in.</summary>
    public ActorSystem System { get; }

    /// <summary>Runs tasks against the world (C# bodies, committed as transactions).</summary>
    public WorldTasks Tasks { get; }

    /// <summary>Runs verbs as tasks; its queue serialises each player's commands.</summary>
    public VerbExecutor Verbs { get; }

    /// <summary>Player accounts: create, connect, passwords.</summary>
    public AccountService Accounts { get; }

    /// <summary>The session region: open consoles on it with <see cref="LocalSession.OpenAsync"/>.</summary>
    public WorldSessions Sessions { get; }

    /// <summary>The players connected right now.</summary>
    public ConnectedPlayers Connected => Sessions.Connected;

    /// <summary>
    /// Starts a server over <paramref name="persistence"/>: loads the starter core when the store is
    /// empty, ensures the wizard's account (with <see cref="InProcessServerOptions.WizardPassword"/> on a
    /// first start) and starts the world's actors and the sessions.
    /// </summary>
    /// <param name="persistence">The store; its serializer must know the world's, the accounts' and the sessions' contracts.</param>
    /// <param name="options">The settings; defaults are the production ones.</param>
    /// <param name="cancellationToken">Stops the start before the core is loaded or the wizard is created.</param>
    public static async Task<InProcessServer> StartAsync(PersistenceRuntime persistence, InProcessServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(persistence);
        options ??= new InProcessServerOptions();
        await StarterCore.LoadIfEmptyAsync(persistence.Journal, [], cancellationToken).ConfigureAwait(false);

        var system = ActorSystem.Create(options.SystemName);
        var objects = WorldObjects.Start(system, persistence, options.World, options.Sharding);
        var connected = new ConnectedPlayers();
        // The sink and the account host functions need the account service, which needs the tasks: late-bound.
        AccountService? accounts = null;
        var tasks = new WorldTasks(objects, persistence.Journal, new SessionOutputRouter(system, connected, new AccountEffectSink(() => accounts!)));
        accounts = AccountService.Start(system, persistence, tasks, options.Accounts);
        var engine = VerbExecutor.CreateEngineWithTables(options.Scripting, [AccountHostFunctions.Table(accounts)]);
        var verbs = new VerbExecutor(tasks, engine, new VerbTaskServices { Connected = connected, Players = new AccountPlayers(() => accounts) });
        await new WizardBootstrap(accounts, tasks, NullLogger<WizardBootstrap>.Instance).EnsureAsync(options.WizardPassword, cancellationToken).ConfigureAwait(false);
        var sessions = WorldSessions.Start(
            system,
            new SessionServices(persistence, tasks, verbs, accounts, connected, new SessionClients(), new TaskQueueInput(verbs.Queue), options.Sessions),
            options.Sharding);
        return new InProcessServer(system, engine, tasks, verbs, accounts, sessions);
    }

    /// <summary>Stops the task queue, the script engine and every actor; the store stays open (it is the caller's).</summary>
    public async ValueTask DisposeAsync()
    {
        await Verbs.Queue.DisposeAsync().ConfigureAwait(false);
        _engine.Dispose();
        await System.TerminateAsync("in-process server stopped").WaitAsync(TimeSpan.FromMinutes(1)).ConfigureAwait(false);
    }
}
