using System.Text;
using System.Threading.Channels;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Runtime.Core;

namespace ActorMoo.Actors.Sessions;

/// <summary>
/// The in-process console: a session without a network connection, for tests, benchmarks, the
/// transcript harness and embedding. It opens a real session (login screen, commands, prompts)
/// whose client is a small actor collecting everything the session sends.
/// </summary>
/// <remarks>
/// Every line typed is answered by a prompt once it has been handled (a login, a command and its
/// task, a hook), so "send a line, read until the prompt" is a complete exchange. Text arrives as
/// markup (docs/markup.md), exactly as the edge would receive it.
/// </remarks>
/// <example>
/// <code>
/// await using var console = await LocalSession.OpenAsync(sessions);
/// string welcome = await console.ReadUntilPromptAsync();
/// string login = await console.CommandAsync("connect Wizard secret");   // "*** Connected ***" …
/// string said = await console.CommandAsync("say hello");                // "You say, \"hello\""
/// </code>
/// </example>
public sealed class LocalSession : IAsyncDisposable
{
    /// <summary>How long a read waits for the prompt by default: generous, for loaded test machines.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private static long s_lastId;

    private readonly WorldSessions _sessions;
    private readonly IActorRef _client;
    private readonly Channel<ISessionOutput> _received;

    private LocalSession(WorldSessions sessions, string sessionId, IActorRef client, Channel<ISessionOutput> received)
    {
        _sessions = sessions;
        SessionId = sessionId;
        _client = client;
        _received = received;
    }

    /// <summary>The session's id (<c>local-N</c> unless given).</summary>
    public string SessionId { get; }

    /// <summary>Set once the session sent <see cref="Disconnect"/>: its reason.</summary>
    public string? DisconnectReason { get; private set; }

    /// <summary>True once the session has disconnected (or this console was disposed).</summary>
    public bool IsDisconnected => DisconnectReason is not null;

    /// <summary>True while the session asks the client not to echo input (a password is expected).</summary>
    public bool IsInputHidden { get; private set; }

    /// <summary>The last prompt received, in markup.</summary>
    public string? LastPrompt { get; private set; }

    /// <summary>Out-of-band messages (GMCP) received so far, in order.</summary>
    public IReadOnlyList<OobOutput> OutOfBand => _oob;

    private readonly List<OobOutput> _oob = [];

    /// <summary>
    /// Opens a session on the world's login screen. The welcome text and the first prompt are waiting
    /// to be read (<see cref="ReadUntilPromptAsync"/>).
    /// </summary>
    /// <param name="sessions">The world's sessions.</param>
    /// <param name="address">The address the session appears to come from (per-address login throttling uses it).</param>
    /// <param name="terminal">The client's capabilities; default 80×24, no colour.</param>
    /// <param name="sessionId">The session id; default a fresh <c>local-N</c>.</param>
    public static Task<LocalSession> OpenAsync(WorldSessions sessions, string address = "127.0.0.1", TerminalCapabilities? terminal = null, string? sessionId = null)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var id = sessionId ?? "local-" + Interlocked.Increment(ref s_lastId);
        var received = Channel.CreateUnbounded<ISessionOutput>(new UnboundedChannelOptions { SingleReader = true });
        var client = sessions.System.ActorOf(Props.Create(() => new LocalClient(received.Writer)));
        sessions.Tell(new OpenSession(id, client, new ConnectionInfo("in-process", address), terminal ?? TerminalCapabilities.Default));
        return Task.FromResult(new LocalSession(sessions, id, client, received));
    }

    /// <summary>Types <paramref name="line"/> (without line ending).</summary>
    public Task SendAsync(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        _sessions.Tell(new Input(SessionId, line));
        return Task.CompletedTask;
    }

    /// <summary>Types <paramref name="line"/> and returns everything up to the next prompt (<see cref="ReadUntilPromptAsync"/>).</summary>
    public async Task<string> CommandAsync(string line, TimeSpan? timeout = null)
    {
        await SendAsync(line).ConfigureAwait(false);
        return await ReadUntilPromptAsync(timeout).ConfigureAwait(false);
    }

    /// <summary>
    /// The text output received until the next prompt, one line per <see cref="Output"/> joined with
    /// <c>\n</c>; if the session disconnects first, up to and including the disconnect reason.
    /// </summary>
    /// <exception cref="TimeoutException">No prompt within <paramref name="timeout"/> (default <see cref="DefaultTimeout"/>); the message shows what arrived.</exception>
    public Task<string> ReadUntilPromptAsync(TimeSpan? timeout = null) => ReadAsync(untilPrompt: true, timeout);

    /// <summary>
    /// The next <see cref="Output"/>'s text, skipping prompts (for output that comes without one, such as
    /// another player's or a background task's); the disconnect reason if the session disconnects first.
    /// </summary>
    /// <exception cref="TimeoutException">No output within <paramref name="timeout"/> (default <see cref="DefaultTimeout"/>).</exception>
    public Task<string> ReadOutputAsync(TimeSpan? timeout = null) => ReadAsync(untilPrompt: false, timeout);

    private async Task<string> ReadAsync(bool untilPrompt, TimeSpan? timeout)
    {
        var text = new StringBuilder();
        using var cancel = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            while (true)
            {
                var output = await _received.Reader.ReadAsync(cancel.Token).ConfigureAwait(false);
                switch (output)
                {
                    case Output o:
                        Append(text, o.Markup);
                        if (!untilPrompt)
                            return text.ToString();
                        break;
                    case Prompt p:
                        LastPrompt = p.Markup;
                        if (untilPrompt)
                            return text.ToString();
                        break;
                    case InputEcho echo:
                        IsInputHidden = echo.Hidden;
                        break;
                    case OobOutput oob:
                        _oob.Add(oob);
                        break;
                    case Disconnect d:
                        DisconnectReason = d.Reason;
                        if (d.Reason.Length > 0)
                            Append(text, d.Reason);
                        return text.ToString();
                }
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            throw new TimeoutException($"Session {SessionId}: nothing complete within {timeout ?? DefaultTimeout}; received so far:\n{text}");
        }
        catch (ChannelClosedException)
        {
            return text.ToString();
        }
    }

    /// <summary>Closes the session as a client hanging up would (unless it already disconnected) and stops the console's client actor.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!IsDisconnected)
        {
            DisconnectReason = "";
            _sessions.Tell(new SessionClosed(SessionId, "local console closed"));
        }
        await _sessions.System.StopAsync(_client).ConfigureAwait(false);
        _received.Writer.TryComplete();
    }

    private static void Append(StringBuilder text, string line)
    {
        if (text.Length > 0)
            text.Append('\n');
        text.Append(line);
    }

    /// <summary>The console's client: every message from the session goes into the channel.</summary>
    private sealed class LocalClient : Actor
    {
        public LocalClient(ChannelWriter<ISessionOutput> received) => Receive<ISessionOutput>(m => received.TryWrite(m));
    }
}
