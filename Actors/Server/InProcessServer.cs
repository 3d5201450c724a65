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
/// but leaves the store open, so a new server over the same store recovers from its journal (a
/// restart is dispose, then start again).
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

    /// <summary>True when <see cref="System"/> was made by the server, which then terminates it on disposal.</summary>
    private readonly bool _ownsSystem;

    private InProcessServer(ActorSystem system, bool ownsSystem, ScriptEngine engine, WorldTasks tasks, VerbExecutor verbs, AccountService accounts, WorldSessions sessions)
    {
        System = system;
        _ownsSystem = ownsSystem;
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
    /// A serializer that knows every contract the server persists (the world's, the accounts' and
    /// the sessions'): what the store handed to <see cref="StartAsync(PersistenceRuntime, InProcessServerOptions?, CancellationToken)"/> needs.
    /// </summary>
    public static PersistenceSerializer CreateSerializer() =>
        new(new TypeManifestRegistry().RegisterWorld().RegisterAccounts().RegisterSessions());

    /// <summary>
    /// Starts a server in an actor system of its own over <paramref name="persistence"/>: loads the
    /// starter core when the store is empty, ensures the wizard's account (with
    /// <see cref="InProcessServerOptions.WizardPassword"/> on a first start) and starts the world's
    /// actors and the sessions. Disposing the server terminates its system.
    /// </summary>
    /// <param name="persistence">The store; its serializer must know the contracts of <see cref="CreateSerializer"/>.</param>
    /// <param name="options">The settings; defaults are the production ones.</param>
    /// <param name="cancellationToken">Stops the start before the core is loaded or the wizard is created.</param>
    public static async Task<InProcessServer> StartAsync(PersistenceRuntime persistence, InProcessServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(persistence);
        options ??= new InProcessServerOptions();
        var system = ActorSystem.Create(options.SystemName);
        try
        {
            return await StartAsync(system, ownsSystem: true, persistence, options, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await system.TerminateAsync("in-process server failed to start").WaitAsync(TimeSpan.FromMinutes(1)).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Starts a server in the caller's <paramref name="system"/> (a test kit's system on virtual
    /// time, say), which also lends its clock to the verbs; otherwise as
    /// <see cref="StartAsync(PersistenceRuntime, InProcessServerOptions?, CancellationToken)"/>.
    /// Disposing the server leaves the system, and so the actors in it, to the caller.
    /// </summary>
    /// <param name="system">The actor system the world's actors run in; <see cref="InProcessServerOptions.SystemName"/> is not used.</param>
    /// <param name="persistence">The store; its serializer must know the contracts of <see cref="CreateSerializer"/>.</param>
    /// <param name="options">The settings; defaults are the production ones.</param>
    /// <param name="cancellationToken">Stops the start before the core is loaded or the wizard is created.</param>
    public static Task<InProcessServer> StartAsync(ActorSystem system, PersistenceRuntime persistence, InProcessServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(persistence);
        return StartAsync(system, ownsSystem: false, persistence, options ?? new InProcessServerOptions(), cancellationToken);
    }

    private static async Task<InProcessServer> StartAsync(ActorSystem system, bool ownsSystem, PersistenceRuntime persistence, InProcessServerOptions options, CancellationToken cancellationToken)
    {
        if (!options.EmptyWorld)
            await StarterCore.LoadIfEmptyAsync(persistence.Journal, [], cancellationToken).ConfigureAwait(false);

        var objects = WorldObjects.Start(system, persistence, options.World, options.Sharding);
        var connected = new ConnectedPlayers();
        // The sink and the account host functions need the account service, which needs the tasks: late-bound.
        AccountService? accounts = null;
        var tasks = new WorldTasks(objects, persistence.Journal, new SessionOutputRouter(system, connected, new AccountEffectSink(() => accounts!)));
        accounts = AccountService.Start(system, persistence, tasks, options.Accounts);
        var engine = VerbExecutor.CreateEngineWithTables(options.Scripting, [AccountHostFunctions.Table(accounts)]);
        var verbs = new VerbExecutor(tasks, engine, new VerbTaskServices { Connected = connected, Players = new AccountPlayers(() => accounts), Time = system.TimeProvider });
        try
        {
            if (!options.EmptyWorld)
                await new WizardBootstrap(accounts, tasks, NullLogger<WizardBootstrap>.Instance).EnsureAsync(options.WizardPassword, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await verbs.Queue.DisposeAsync().ConfigureAwait(false);
            engine.Dispose();
            throw;
        }
        var sessions = WorldSessions.Start(
            system,
            new SessionServices(persistence, tasks, verbs, accounts, connected, new SessionClients(), new TaskQueueInput(verbs.Queue), options.Sessions),
            options.Sharding);
        return new InProcessServer(system, ownsSystem, engine, tasks, verbs, accounts, sessions);
    }

    /// <summary>
    /// Stops the task queue and the script engine, and every actor when the system is the server's
    /// own; the store stays open (it is the caller's), and so does a system the caller gave.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await Verbs.Queue.DisposeAsync().ConfigureAwait(false);
        _engine.Dispose();
        if (_ownsSystem)
            await System.TerminateAsync("in-process server stopped").WaitAsync(TimeSpan.FromMinutes(1)).ConfigureAwait(false);
    }
}
