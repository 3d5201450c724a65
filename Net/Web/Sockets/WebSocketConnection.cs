using System.Net.WebSockets;
using System.Threading.Channels;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Edge;
using ActorMoo.Net.Web.Tokens;
using ActorMoo.Runtime.Core;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Net.Web.Sockets;

/// <summary>
/// One websocket and its session: a read loop that turns the browser's frames into session
/// messages, and a write loop that drains the frames the <see cref="WebClientActor"/> queued. The
/// connection ends when either side does: the browser closes (the session is told
/// <see cref="SessionClosed"/>), or the world sends <see cref="Disconnect"/> (the socket is closed
/// after the last frame).
/// </summary>
internal sealed partial class WebSocketConnection
{
    /// <summary>The write loop's reason when the world ended the session.</summary>
    private const string WorldEnded = "ended by the world";

    /// <summary>How long the browser may take to answer our close frame before the socket is dropped.</summary>
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(5);

    private readonly WebSocket _socket;
    private readonly string _sessionId;
    private readonly string _address;
    private readonly SessionEndpoint _endpoint;
    private readonly WebSettings _settings;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <summary>Paces the browser's frames (the same token bucket as telnet's input).</summary>
    private readonly InputRateLimiter _rate;

    /// <summary>Frames for the browser; written by the client actor and the read loop (error answers), read by the write loop only.</summary>
    private readonly Channel<byte[]> _frames;

    /// <summary>Creates the connection; <see cref="RunAsync"/> runs it.</summary>
    public WebSocketConnection(WebSocket socket, string sessionId, string address, SessionEndpoint endpoint, WebSettings settings, TimeProvider time, ILogger logger)
    {
        _time = time;
        _rate = new InputRateLimiter(settings.InputRate, settings.InputBurst, time);
        _socket = socket;
        _sessionId = sessionId;
        _address = address;
        _endpoint = endpoint;
        _settings = settings;
        _logger = logger;
        _frames = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(settings.OutputQueueFrames) { SingleReader = true });
    }

    /// <summary>Opens the session (logged in as <paramref name="identity"/> when given) and runs until the connection ends.</summary>
    public async Task RunAsync(TokenIdentity? identity, CancellationToken aborted)
    {
        var client = _endpoint.System.ActorOf(WebClientActor.Props(_frames.Writer));
        var info = new ConnectionInfo("websocket", _address);
        var terminal = TerminalCapabilities.Default with { Color = ColorSupport.Html, ClientName = "ActorMoo web" };
        _endpoint.Sessions.Tell(identity is null
            ? new OpenSession(_sessionId, client, info, terminal)
            : new AuthenticatedOpen(_sessionId, client, info, terminal, identity.Player));
        LogOpened(_logger, _sessionId, _address, identity?.Name ?? "");

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var reading = ReadLoopAsync(terminal, stop.Token);
        var writing = WriteLoopAsync(stop.Token);
        string reason;
        if (await Task.WhenAny(reading, writing).ConfigureAwait(false) == reading)
        {
            reason = await reading.ConfigureAwait(false);
            _endpoint.Sessions.Tell(new SessionClosed(_sessionId, reason));
            _endpoint.System.Stop(client);
            await stop.CancelAsync().ConfigureAwait(false);
            await writing.ConfigureAwait(false);
        }
        else
        {
            reason = await writing.ConfigureAwait(false);
            // The world ended the session, or the browser fell behind (then the session must hear of it).
            if (reason != WorldEnded)
                _endpoint.Sessions.Tell(new SessionClosed(_sessionId, reason));
            _endpoint.System.Stop(client);
            try
            {
                await reading.WaitAsync(CloseGrace, aborted).ConfigureAwait(false);
            }
            catch (Exception e) when (e is TimeoutException or OperationCanceledException)
            {
                // The browser did not answer the close frame; dropping the socket is all that is left.
            }
            await stop.CancelAsync().ConfigureAwait(false);
            await reading.ConfigureAwait(false);
        }
        LogClosed(_logger, _sessionId, reason);
    }

    /// <summary>Reads frames until the browser closes or breaks the protocol; returns why it stopped.</summary>
    private async Task<string> ReadLoopAsync(TerminalCapabilities terminal, CancellationToken cancellationToken)
    {
        var buffer = new byte[_settings.MaxFrameBytes];
        try
        {
            while (true)
            {
                int length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    if (length == buffer.Length)
                    {
                        await CloseAsync(WebSocketCloseStatus.MessageTooBig, "frame too large").ConfigureAwait(false);
                        return "frame too large";
                    }
                    result = await _socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    length += result.Count;
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await CloseAsync(WebSocketCloseStatus.NormalClosure, "").ConfigureAwait(false);
                    return "closed by the client";
                }
                if (result.MessageType == WebSocketMessageType.Binary)
                {
                    _frames.Writer.TryWrite(ServerFrames.Error("Frames are JSON text; binary frames are ignored."));
                    continue;
                }
                // A flood is slowed down, not cut off: a frame beyond the burst waits for its token,
                // and meanwhile nothing more is read, so TCP flow control holds the browser back and
                // nothing it sent is lost.
                var wait = _rate.Charge(1);
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
                terminal = Dispatch(ClientFrames.Parse(buffer.AsSpan(0, length), _settings.MaxLineLength), terminal);
            }
        }
        catch (OperationCanceledException)
        {
            return "connection ended";
        }
        catch (WebSocketException)
        {
            return "connection lost";
        }
    }

    /// <summary>Tells the session what <paramref name="frame"/> says; returns the terminal capabilities now.</summary>
    private TerminalCapabilities Dispatch(ClientFrame frame, TerminalCapabilities terminal)
    {
        switch (frame)
        {
            case ClientFrame.Line line:
                _endpoint.Sessions.Tell(new Input(_sessionId, line.Text));
                return terminal;
            case ClientFrame.Oob oob:
                _endpoint.Sessions.Tell(new ClientOob(_sessionId, oob.Package, oob.Json));
                return terminal;
            case ClientFrame.Resize resize:
                var changed = terminal with { Width = resize.Width, Height = resize.Height };
                if (changed != terminal)
                    _endpoint.Sessions.Tell(new TerminalChanged(_sessionId, changed));
                return changed;
            case ClientFrame.Invalid invalid:
                _frames.Writer.TryWrite(ServerFrames.Error(invalid.Reason));
                return terminal;
            default:
                throw new InvalidOperationException($"Unhandled frame {frame.GetType().Name}.");
        }
    }

    /// <summary>Sends queued frames until the queue completes; returns why it stopped.</summary>
    private async Task<string> WriteLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var frame in _frames.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                await _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            await CloseAsync(WebSocketCloseStatus.NormalClosure, "session ended").ConfigureAwait(false);
            return WorldEnded;
        }
        catch (SlowClientException)
        {
            await CloseAsync(WebSocketCloseStatus.PolicyViolation, "too slow reading output").ConfigureAwait(false);
            return "too slow reading output";
        }
        catch (OperationCanceledException)
        {
            return "connection ended";
        }
        catch (WebSocketException)
        {
            return "connection lost";
        }
    }

    /// <summary>Sends a close frame if the socket still may; never throws for a socket that is already gone.</summary>
    private async Task CloseAsync(WebSocketCloseStatus status, string description)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
            return;
        try
        {
            await _socket.CloseOutputAsync(status, description, CancellationToken.None).ConfigureAwait(false);
        }
        catch (WebSocketException)
        {
            // The peer is gone already; there is nobody left to tell.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Websocket session {SessionId} opened from {Address} (token for '{Player}')")]
    private static partial void LogOpened(ILogger logger, string sessionId, string address, string player);

    [LoggerMessage(Level = LogLevel.Information, Message = "Websocket session {SessionId} closed: {Reason}")]
    private static partial void LogClosed(ILogger logger, string sessionId, string reason);
}
