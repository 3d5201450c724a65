using ActorMoo.Actors.Sessions.Markup;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Runtime.Core;
using ActorMoo.Runtime.Persistence;
using ActorMoo.Runtime.Sharding;
using ActorMoo.Scripting.Values;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Actors.Sessions;

/// <summary>
/// One client connection on the world's side: the login screen, then the player's commands, one at
/// a time and in order (a command's task finishes before the next line is parsed, as in LambdaMOO).
/// Sharded by session id (region <see cref="WorldSessions.EntityTypeName"/>) and persistent
/// (journal <c>session-&lt;id&gt;</c>): its binding to a player and the client's capabilities survive
/// passivation and restarts; its client reference is found again in <see cref="SessionClients"/>.
/// </summary>
/// <remarks>
/// Work (a login, a command, a hook) runs off the actor, which keeps taking input meanwhile: a line
/// goes first to a task of the player waiting in <c>read()</c>, else into a bounded queue (flood
/// control). The work's result comes back as a <see cref="WorkDone"/> message; only then is the
/// prompt sent, after the task's output, which the output router has already given to the client.
/// </remarks>
public sealed partial class SessionActor : PersistentActor
{
    /// <summary>Prefix of every session's journal id.</summary>
    public const string PersistenceIdPrefix = "session-";

    private const string IdleTimerKey = "login-idle";

    /// <summary>What a connection idle on the login screen is told before it is closed.</summary>
    private const string LoginTimedOut = "*** Timed out: nothing was typed on the login screen for too long ***";

    private readonly SessionServices _services;
    private readonly string _sessionId;

    /// <summary>How the client connected; null while the session is not open (never opened, or ended).</summary>
    private ConnectionInfo? _connection;

    /// <summary>What the client displays.</summary>
    private TerminalCapabilities _terminal = TerminalCapabilities.Default;

    /// <summary>The player the session is bound to; null on the login screen.</summary>
    private ObjectId? _player;

    /// <summary>The bound player's name, for logs.</summary>
    private string _playerName = "";

    /// <summary>True when the bound player is a guest (recycled at the end).</summary>
    private bool _guest;

    /// <summary>The edge's connection actor; null until open (or when it is gone).</summary>
    private IActorRef? _client;

    /// <summary>Lines waiting for the running work to finish, oldest first; at most <see cref="SessionSettings.MaxQueuedLines"/>.</summary>
    private readonly Queue<string> _queue = new();

    /// <summary>True while a login, command or hook runs; the next line waits for it.</summary>
    private bool _busy;

    /// <summary>Set when the shard asked to passivate while work was running: stop once idle.</summary>
    private bool _stopWhenIdle;

    /// <summary>Set once the session has ended; later messages are ignored.</summary>
    private bool _ended;

    /// <summary>Creates the session entity; its id is its entity name in the region.</summary>
    public SessionActor(SessionServices services)
        : base(services.Persistence)
    {
        _services = services;
        _sessionId = ShardRegion.EntityIdOf(Self);
        OnEvent<SessionOpened>(e =>
        {
            _connection = e.Connection;
            _terminal = e.Terminal;
            _player = null;
            _playerName = "";
            _guest = false;
        });
        OnEvent<SessionLoggedIn>(e =>
        {
            _player = new ObjectId(e.Player);
            _playerName = e.Name;
            _guest = e.Guest;
        });
        OnEvent<SessionTerminalChanged>(e => _terminal = e.Terminal);

        ReceiveAsync<OpenSession>(m => OpenAsync(m.Client, m.Connection, m.Terminal, null));
        ReceiveAsync<AuthenticatedOpen>(m => OpenAsync(m.Client, m.Connection, m.Terminal, new ObjectId(m.Player)));
        Receive<Input>(OnInput);
        ReceiveAsync<TerminalChanged>(OnTerminalChangedAsync);
        Receive<ClientOob>(OnClientOob);
        Receive<RoundTripMeasured>(OnRoundTripMeasured);
        Receive<OobDelivered>(_ => _oobInFlight--);
        ReceiveAsync<SessionClosed>(m => EndAsync(m.Reason, tellClient: false, runHook: true));
        ReceiveAsync<TakeOver>(m => EndAsync(m.Reason, tellClient: true, runHook: false));
        ReceiveAsync<Boot>(m => EndAsync(m.Reason, tellClient: true, runHook: true));
        ReceiveAsync<LoginIdle>(_ => _player is null && !_ended
            ? EndAsync(LoginTimedOut, tellClient: true, runHook: false)
            : Task.CompletedTask);
        ReceiveAsync<WorkDone>(OnWorkDoneAsync);
        ReceiveAsync<SessionStop>(_ => OnStopAsync());
    }

    /// <inheritdoc />
    public override string PersistenceId => PersistenceIdPrefix + _sessionId;

    /// <summary>The entity Props for the session region (one shared instance: the id comes from the entity's name).</summary>
    public static Props Props(SessionServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return Runtime.Core.Props.Create(() => new SessionActor(services));
    }

    /// <summary>
    /// After recovery: an open session finds its client again. If it has none, the connection died
    /// with an earlier process, so the stale session is forgotten (a new one with the same id may follow).
    /// </summary>
    protected override void OnRecoveryCompleted()
    {
        if (_connection is null)
            return;
        _client = _services.Clients.Find(_sessionId);
        if (_client is null)
        {
            LogStaleSessionDropped(Log, _sessionId);
            _connection = null;
            _player = null;
            var journal = Persistence.Journal;
            var upTo = LastSequenceNr;
            Context.RunTask(() => journal.DeleteEventsToAsync(PersistenceId, upTo));
            return;
        }
        if (_player is null)
            ArmIdleTimer();
    }

    private void OnInput(Input message)
    {
        if (_ended || _connection is null || _client is null)
        {
            LogInputDropped(Log, _sessionId);
            return;
        }
        if (_player is { } player)
            _services.Connected.Touch(player, Context.System.TimeProvider.GetUtcNow());
        else
            ArmIdleTimer();
        if (_busy || _queue.Count > 0)
        {
            if (_queue.Count >= _services.Settings.MaxQueuedLines)
            {
                Send(new Output(_sessionId, "You are typing faster than the world can keep up; that line was dropped."));
                LogFlood(Log, _sessionId, _queue.Count);
                return;
            }
            _queue.Enqueue(message.Line);
            return;
        }
        Process(message.Line);
    }

    /// <summary>
    /// Handles one line now (nothing runs and nothing waits before it). One input stream, as in
    /// LambdaMOO: a task of the player waiting in <c>read()</c> takes the line before the parser
    /// sees it, and the session stays busy until that task has gone as far as it can, so the next
    /// line pasted with it goes to its next <c>read()</c> rather than becoming a command.
    /// </summary>
    private void Process(string line)
    {
        if (_player is not { } player)
            ProcessLogin(line);
        else if (_services.TaskInput.DeliverInput(player, line) is { } reading)
        {
            var accounts = _services.Accounts;
            RunWork(async () =>
            {
                await reading.ConfigureAwait(false);
                await accounts.WhenPasswordChangesStoredAsync().ConfigureAwait(false);
                return (object?)null;
            });
        }
        else
            ProcessCommand(player, line);
    }

    /// <summary>Handles queued lines until one starts work (or the queue is empty); stops if passivation waits.</summary>
    private void ProcessQueue()
    {
        while (!_busy && !_ended && _queue.Count > 0)
        {
            // The command that just returned may be waiting in read() now: Process gives it the line.
            Process(_queue.Dequeue());
        }
        if (!_busy && _stopWhenIdle)
            Context.Stop(Self);
    }

    private async Task OnTerminalChangedAsync(TerminalChanged message)
    {
        if (_connection is not null && !_ended && message.Terminal != _terminal
            && await PersistAsync(new SessionTerminalChanged(message.Terminal)).ConfigureAwait(false))
            PublishTerminal();
    }

    /// <summary>
    /// The shard passivates the session (idle, or the active-entity limit): stop, after running work
    /// if any. A session still on the login screen ends instead, as if its login idle timer fired: its
    /// timer would not survive the passivation (configure the region's idle timeout above the login one).
    /// </summary>
    private async Task OnStopAsync()
    {
        if (_busy)
        {
            _stopWhenIdle = true;
            return;
        }
        if (_connection is not null && _player is null && !_ended)
            await EndAsync(LoginTimedOut, tellClient: true, runHook: false, passivate: false).ConfigureAwait(false);
        Context.Stop(Self);
    }

    private void ArmIdleTimer() => Timers.StartSingleTimer(IdleTimerKey, LoginIdle.Instance, _services.Settings.LoginIdleTimeout);

    /// <summary>Sends output to the client, if there still is one.</summary>
    private void Send(ISessionOutput output) => _client?.Tell(output, Self);

    private void SendPrompt() => Send(new Prompt(_sessionId, _services.Settings.Prompt));

    /// <summary>Sends server-made plain text (which may quote what a player typed) escaped, so it can never become markup.</summary>
    private void SendPlain(string text) => Send(new Output(_sessionId, MarkupText.Escape(text)));

    [LoggerMessage(Level = LogLevel.Debug, Message = "Session {SessionId}: input for a session that is not open was dropped")]
    private static partial void LogInputDropped(ILogger logger, string sessionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: flood control dropped a line ({Queued} lines queued)")]
    private static partial void LogFlood(ILogger logger, string sessionId, int queued);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: its connection died with an earlier process; the stale session was dropped")]
    private static partial void LogStaleSessionDropped(ILogger logger, string sessionId);
}
