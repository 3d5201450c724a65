using ActorMoo.Actors.Server;
using ActorMoo.Actors.Sessions;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting;
using ActorMoo.Scripting.Budgets;
using ActorMoo.TestKit.Persistence;

namespace ActorMoo.Actors.Tests.Transcripts;

/// <summary>
/// A whole server in this process (<see cref="InProcessServer"/>): an empty store filled with the
/// starter core on the first start, the wizard's account bootstrapped with <see cref="Password"/>.
/// Players log in through <see cref="LocalSession"/> consoles with <c>connect</c>/<c>create</c> on
/// the login screen, exactly as over telnet. The store outlives <see cref="RestartAsync"/>, so a
/// restart recovers everything from the journal.
/// </summary>
public sealed class InProcessWorld : ITranscriptWorld
{
    /// <summary>The password of every player in a transcript (the wizard's too).</summary>
    public const string Password = "transcript";

    private static readonly InProcessServerOptions Options = new()
    {
        SystemName = "transcripts",
        WizardPassword = Password,
        Sharding = new ShardingSettings { ShardCount = 10, PassivationIdleTimeout = TimeSpan.Zero },
        // Generous budgets: the machine running the tests may be heavily loaded.
        Scripting = new ScriptingSettings { Foreground = new ScriptBudget(1_000_000_000, 64L * 1024 * 1024, TimeSpan.FromMinutes(2)) },
    };

    private readonly InMemoryPersistence _store = new(InProcessServer.CreateSerializer(), journalOptions: new JournalOptions { WriterId = "transcripts" });

    /// <summary>The open consoles by player name, in login order; the first is the default session.</summary>
    private readonly List<LoggedIn> _consoles = [];

    private InProcessServer? _server;

    private InProcessWorld()
    {
    }

    /// <summary>Starts a server over a new, empty store: the starter core is loaded on this first start.</summary>
    public static async Task<InProcessWorld> StartAsync()
    {
        var world = new InProcessWorld();
        world._server = await InProcessServer.StartAsync(world._store.Runtime, Options);
        return world;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> LoginAsync(string player, bool create)
    {
        var session = await LocalSession.OpenAsync(Server.Sessions);
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

    /// <summary>
    /// Sends a GMCP package from <paramref name="player"/>'s client, as the telnet edge does, and
    /// reads that console until <paramref name="arrived"/> holds for its out-of-band output: the
    /// package is answered by a background task of the player, whose output comes without a prompt.
    /// </summary>
    public async Task SendOutOfBandAsync(string player, string package, string json, Func<IReadOnlyList<OobOutput>, bool> arrived)
    {
        var console = _consoles.FirstOrDefault(c => c.Name == player) ?? throw new InvalidOperationException($"No session is open for {player}.");
        Server.Sessions.Tell(new ClientOob(console.Session.SessionId, package, json));
        // Each empty line is answered by a prompt, reading whatever arrived before it; the guard only
        // turns a package that never comes into a failure instead of a hang.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        while (!arrived(console.Session.OutOfBand))
        {
            guard.Token.ThrowIfCancellationRequested();
            await console.Session.CommandAsync("", TimeSpan.FromMinutes(5));
        }
    }

    /// <inheritdoc />
    public async Task RestartAsync()
    {
        await CloseConsolesAsync();
        await Server.DisposeAsync();
        _server = null;
        _server = await InProcessServer.StartAsync(_store.Runtime, Options);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await CloseConsolesAsync();
        if (_server is not null)
            await _server.DisposeAsync();
        await _store.DisposeAsync();
    }

    private InProcessServer Server => _server ?? throw new InvalidOperationException("The world is not running.");

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

    /// <summary>One logged-in console of the transcript: the player's name and the session.</summary>
    private sealed record LoggedIn(string Name, LocalSession Session);
}
