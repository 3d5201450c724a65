using System.IO.Pipelines;
using System.Threading.Channels;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Edge;
using ActorMoo.Net.Telnet.Mssp;
using ActorMoo.Net.Telnet.Negotiation;
using ActorMoo.Net.Telnet.Options;
using ActorMoo.Net.Telnet.Protocol;
using ActorMoo.Runtime.Core;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Net.Telnet;

/// <summary>
/// One telnet client: a reader loop that parses the byte stream (telnet commands, options, lines)
/// and passes lines to the session, and a writer loop that drains one bounded outbound queue into
/// the pipe. Everything that writes — the session's output via the client actor, negotiation
/// replies, edge notices — goes through that queue, so the writer is the pipe's only user. A
/// client too slow to keep the queue under its limit is disconnected with a log line.
/// </summary>
/// <remarks>
/// Transport-agnostic: it runs over any <see cref="IDuplexPipe"/> (a Kestrel connection, TLS or
/// not, or an in-memory pipe in tests).
/// </remarks>
public sealed partial class TelnetConnection
{
    private readonly TelnetServerOptions _options;

    private readonly SessionEndpoint _endpoint;

    private readonly TimeProvider _time;

    private readonly ILogger _log;

    private readonly Channel<object> _outbound;

    private readonly TelnetReader _reader;

    private readonly LineAssembler _lines;

    private readonly InputRateLimiter _rate;

    /// <summary>Guards the options' negotiation state, which the reader and the client actor both drive.</summary>
    private readonly Lock _negotiation = new();

    private readonly TelnetOption[] _telnetOptions;

    private readonly EchoOption _echo;

    private readonly SuppressGoAheadOption _sga;

    private readonly EndOfRecordOption _eor;

    private readonly GmcpOption _gmcp;

    /// <summary>The client actor, set once the connection runs.</summary>
    private IActorRef? _client;

    /// <summary>Events (lines, negotiations) parsed from the current read, charged to the rate limiter after it.</summary>
    private int _eventsThisRead;

    /// <summary>Why the connection ended, set by whoever ended it first.</summary>
    private string? _closeReason;

    private IDuplexPipe? _transport;

    /// <summary>Creates a connection; nothing happens until <see cref="RunAsync"/>.</summary>
    public TelnetConnection(string sessionId, ConnectionInfo connection, TelnetServerOptions options, SessionEndpoint endpoint, IMsspSource mssp, TimeProvider time, ILogger log)
    {
        SessionId = sessionId ?? throw new ArgumentNullException(nameof(sessionId));
        Connection = connection ?? throw new ArgumentNullException(nameof(connection));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _endpoint = endpoint ?? throw new ArgumentNullException(nameof(endpoint));
        Mssp = mssp ?? throw new ArgumentNullException(nameof(mssp));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _log = log ?? throw new ArgumentNullException(nameof(log));
        _outbound = Channel.CreateBounded<object>(new BoundedChannelOptions(options.OutboundQueueLimit)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _reader = new TelnetReader(options.MaxSubnegotiationBytes);
        _lines = new LineAssembler(options.MaxLineLength);
        _rate = new InputRateLimiter(options.InputRate, options.InputBurst, time);
        _echo = new EchoOption(this);
        _sga = new SuppressGoAheadOption(this);
        _eor = new EndOfRecordOption(this);
        _gmcp = new GmcpOption(this, options.GmcpPingInterval, time);
        var all = new List<TelnetOption>
        {
            new TerminalTypeOption(this), new NawsOption(this), new NewEnvironOption(this), new CharsetOption(this),
            _eor, _gmcp, new MsspOption(this), _echo, _sga,
        };
        if (options.Compression)
        {
            all.Add(new Mccp2Option(this));
        }

        _telnetOptions = [.. all];
    }

    /// <summary>The session this connection belongs to.</summary>
    public string SessionId { get; }

    /// <summary>Who connected and how.</summary>
    public ConnectionInfo Connection { get; }

    /// <summary>Why the connection ended, once it has (for logs and tests).</summary>
    public string? CloseReason => Volatile.Read(ref _closeReason);

    /// <summary>True when the edge cut the connection off (slow client) rather than it ending normally.</summary>
    public bool Aborted { get; private set; }

    /// <summary>
    /// Runs the connection until the client goes, the session disconnects it, or
    /// <paramref name="cancellationToken"/> fires; then tells the session it closed.
    /// </summary>
    public async Task RunAsync(IDuplexPipe transport, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transport);
        _transport = transport;
        _client = _endpoint.System.ActorOf(Props.Create(() => new TelnetClientActor(this, SessionId)), SessionId);
        using CancellationTokenRegistration stop = cancellationToken.Register(static state => ((TelnetConnection)state!).Close("server stopping"), this);
        lock (_negotiation)
        {
            foreach (TelnetOption option in _telnetOptions)
            {
                option.Start();
            }
        }

        _endpoint.Sessions.Tell(new OpenSession(SessionId, _client, Connection, Terminal.ToCapabilities()), _client);
        LogDebugOpened(SessionId, Connection.RemoteAddress, Connection.Protocol);

        Task writer = WriteLoopAsync(transport.Output);
        try
        {
            await ReadLoopAsync(transport.Input).ConfigureAwait(false);
            Close("client closed the connection");
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            Close("connection lost");
        }
        finally
        {
            _outbound.Writer.TryComplete();
            lock (_negotiation)
            {
                foreach (TelnetOption option in _telnetOptions)
                {
                    option.Stop();
                }
            }

            await writer.ConfigureAwait(false);
            await transport.Input.CompleteAsync().ConfigureAwait(false);
            _endpoint.Sessions.Tell(new SessionClosed(SessionId, CloseReason ?? "closed"), _client);
            _endpoint.System.Stop(_client);
            LogDebugClosed(SessionId, CloseReason ?? "closed");
        }
    }

    /// <summary>Called by the client actor with the session's output, in order.</summary>
    internal void FromSession(ISessionOutput output)
    {
        if (output is InputEcho echo)
        {
            // Negotiated here rather than in the writer, so that WILL/WONT ECHO lands in the
            // queue exactly where the session put the InputEcho (before the password prompt).
            lock (_negotiation)
            {
                _echo.HideInput(echo.Hidden);
            }

            return;
        }

        Enqueue(output);
    }

    /// <summary>Ends the connection: the writer stops after what it is writing, the reader stops reading.</summary>
    public void Close(string reason)
    {
        if (Interlocked.CompareExchange(ref _closeReason, reason, null) is not null)
        {
            return;
        }

        _outbound.Writer.TryComplete();
        _transport?.Input.CancelPendingRead();
    }

    /// <summary>Queues an item for the writer; a full queue means the client cannot keep up and is cut off.</summary>
    private void Enqueue(object item)
    {
        if (_outbound.Writer.TryWrite(item) || CloseReason is not null)
        {
            return;
        }

        LogWarningSlowClient(SessionId, Connection.RemoteAddress, _options.OutboundQueueLimit);
        Aborted = true;
        Close("too slow: output queue full");
        _transport?.Output.CancelPendingFlush();
    }

    private async Task ReadLoopAsync(PipeReader input)
    {
        while (CloseReason is null)
        {
            ReadResult result = await input.ReadAsync().ConfigureAwait(false);
            if (result.IsCanceled)
            {
                break;
            }

            _eventsThisRead = 0;
            _reader.Read(result.Buffer, this);
            input.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                break;
            }

            TimeSpan wait = _rate.Charge(_eventsThisRead);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time).ConfigureAwait(false);
            }
        }
    }

    private async Task WriteLoopAsync(PipeWriter pipe)
    {
        var output = new TelnetOutput(pipe, Terminal.ToCapabilities(), _eor, _sga, _gmcp);
        ChannelReader<object> queue = _outbound.Reader;
        try
        {
            while (CloseReason is null && await queue.WaitToReadAsync().ConfigureAwait(false))
            {
                while (CloseReason is null && queue.TryRead(out object? item))
                {
                    if (!output.Write(item))
                    {
                        Close("disconnected by the session");
                    }
                }

                if (Aborted)
                {
                    break;
                }

                FlushResult flushed = await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
                if (flushed.IsCanceled || flushed.IsCompleted)
                {
                    break;
                }
            }

            if (!Aborted)
            {
                output.Finish();
                await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ObjectDisposedException or OperationCanceledException)
        {
            Close("connection lost while writing");
        }
        finally
        {
            Close("output ended");
            await pipe.CompleteAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Telnet session {SessionId} opened from {Address} over {Protocol}")]
    private partial void LogDebugOpened(string sessionId, string address, string protocol);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Telnet session {SessionId} closed: {Reason}")]
    private partial void LogDebugClosed(string sessionId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telnet session {SessionId} from {Address} disconnected: the client reads too slowly ({Limit} messages waiting)")]
    private partial void LogWarningSlowClient(string sessionId, string address, int limit);
}
