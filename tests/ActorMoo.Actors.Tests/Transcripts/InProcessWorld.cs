using ActorMoo.Actors.Accounts;
using ActorMoo.Actors.Sessions;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Actors.World;
using ActorMoo.Actors.World.Objects;
using ActorMoo.Actors.World.Transactions;
using ActorMoo.Actors.World.Verbs;
using ActorMoo.Actors.WorldFiles;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting;
using ActorMoo.Scripting.Budgets;
using ActorMoo.Scripting.Engine;
using ActorMoo.TestKit.Persistence;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorMoo.Actors.Tests.Transcripts;

/// <summary>
/// A whole server in this process, wired as the host wires it: an empty store filled with the
/// starter core on the first start, the wizard's account bootstrapped, object actors, accounts, the
/// verb executor and the session actors. Players log in through <see cref="LocalSession"/> consoles
/// with <c>connect</c>/<c>create</c> on the login screen, exactly as over telnet. The store outlives
/// <see cref="RestartAsync"/>, so a restart recovers everything from the journal.
/// </summary>
public sealed class InProcessWorld : ITranscriptWorld
{
    /// <summary>The password of every player in a transcript (the wizard's too).</summary>
    public const string Password = "transcript";

    private static readonly ShardingSettings Sharding = new() { ShardCount = 10, PassivationIdleTimeout = TimeSpan.Zero };

    private readonly InMemoryJournalStorage _journalStorage = new();
    private readonly InMemorySnapshotStorage _snapshotStorage = new();
    private readonly PersistenceSerializer _serializer =
        new(new TypeManifestRegistry().RegisterWorld().RegisterAccounts().RegisterSessions());

    /// <summary>The open consoles by player name, in login order; the first is the default session.</summary>
    private readonly List<LoggedIn> _consoles = [];

    private RunningWorld? _running;

    private InProcessWorld()
    {
    }

    /// <summary>Starts a server over a new, empty store: the starter core is loaded on this first start.</summary>
    public static async Task<InProcessWorld> StartAsync()
    {
        var world = new InProcessWorld();
        await world.StartWorldAsync();
        return world;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> LoginAsync(string player, bool create)
    {
        var session = await LocalSession.OpenAsync(Running.Sessions);
        await session.ReadUntilPromptAsync(); // the welcome screen
        var console = new LoggedIn(player, session);
        _consoles.Add(console);
        return await ExchangeAsync(console, $"{(create ? "create" : "connect")} {player} {Password}");
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> SendAsync(string session, string line)
    {
        if (_consoles.Count == 0)
            throw new InvalidOperationException("No session is open: log in first (@@connect or @@create).");
        var console = session.Length == 0
            ? _consoles[0]
            : _consoles.FirstOrDefault(c => c.Name == session) ?? throw new InvalidOperationException($"No session is open for {session}.");
        return ExchangeAsync(console, line);
    }

    /// <summary>
    /// The GMCP messages <paramref name="player"/>'s console has received so far, in order (read along
    /// with its text, so everything up to the last exchange is there).
    /// </summary>
    public IReadOnlyList<OobOutput> OutOfBand(string player) =>
        (_consoles.FirstOrDefault(c => c.Name == player) ?? throw new InvalidOperationException($"No session is open for {player}.")).Session.OutOfBand;

    /// <inheritdoc />
    public async Task RestartAsync()
    {
        await CloseConsolesAsync();
        await StopWorldAsync();
        await StartWorldAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await CloseConsolesAsync();
        await StopWorldAsync();
    }

    private RunningWorld Running => _running ?? throw new InvalidOperationException("The world is not running.");

    /// <summary>
    /// Types <paramref name="line"/> and reads the answer up to the prompt; then collects what the
    /// other sessions received meanwhile. Their output was routed before the acting session's prompt
    /// (a task's output is released when it commits), so an empty line sent to each of them is
    /// answered by a prompt that comes after it.
    /// </summary>
    /// <remarks>
    /// A line given to a task waiting in <c>read()</c> gets no prompt, so transcripts cannot yet
    /// type the lines that follow a multi-line <c>@program</c>; they use its one-line form.
    /// </remarks>
    private async Task<IReadOnlyList<string>> ExchangeAsync(LoggedIn acting, string line)
    {
        var lines = Lines(await acting.Session.CommandAsync(line, TimeSpan.FromMinutes(5))).ToList();
        foreach (var other in _consoles)
        {
            if (other == acting || other.Session.IsDisconnected)
                continue;
            lines.AddRange(Lines(await other.Session.CommandAsync("", TimeSpan.FromMinutes(5))).Select(text => $"[{other.Name}] {text}"));
        }
        return lines;
    }

    private static IEnumerable<string> Lines(string text) => text.Length == 0 ? [] : text.Split('\n');

    private async Task CloseConsolesAsync()
    {
        foreach (var console in _consoles)
            await console.Session.DisposeAsync();
        _consoles.Clear();
    }

    private async Task StartWorldAsync()
    {
        var time = TimeProvider.System;
        var journal = new EventJournal(_journalStorage, _serializer, new JournalOptions { WriterId = "transcripts" }, time);
        var persistence = new PersistenceRuntime(journal, new SnapshotStore(_snapshotStorage, _serializer, time));
        await StarterCore.LoadIfEmptyAsync(journal, []);

        var system = ActorSystem.Create("transcripts");
        var objects = WorldObjects.Start(system, persistence, new WorldSettings(), Sharding);
        var connected = new ConnectedPlayers();
        AccountService? accounts = null;
        var tasks = new WorldTasks(objects, journal, new SessionOutputRouter(system, connected, new AccountEffectSink(() => accounts!)));
        accounts = AccountService.Start(system, persistence, tasks, new AccountSettings());
        // Generous budgets: the machine running the tests may be heavily loaded.
        var engine = VerbExecutor.CreateEngineWithTables(
            new ScriptingSettings { Foreground = new ScriptBudget(1_000_000_000, 64L * 1024 * 1024, TimeSpan.FromMinutes(2)) },
            [AccountHostFunctions.Table(accounts)]);
        var verbs = new VerbExecutor(tasks, engine, new VerbTaskServices { Connected = connected, Players = new AccountPlayers(() => accounts) });
        await new WizardBootstrap(accounts, tasks, NullLogger<WizardBootstrap>.Instance).EnsureAsync(Password);
        var sessions = WorldSessions.Start(
            system,
            new SessionServices(persistence, tasks, verbs, accounts, connected, new SessionClients(), new TaskQueueInput(verbs.Queue), new SessionSettings()),
            Sharding);
        _running = new RunningWorld(system, persistence, engine, verbs, sessions);
    }

    private async Task StopWorldAsync()
    {
        if (_running is not { } running)
            return;
        _running = null;
        await running.Verbs.Queue.DisposeAsync();
        running.Engine.Dispose();
        await running.System.TerminateAsync("transcript world stopped").WaitAsync(TimeSpan.FromMinutes(1));
        await running.Persistence.Journal.DisposeAsync();
        await running.Persistence.Snapshots.DisposeAsync();
    }

    private sealed record RunningWorld(ActorSystem System, PersistenceRuntime Persistence, ScriptEngine Engine, VerbExecutor Verbs, WorldSessions Sessions);

    /// <summary>One logged-in console of the transcript: the player's name and the session.</summary>
    private sealed record LoggedIn(string Name, LocalSession Session);
}
