using System.Net;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Edge;
using ActorMoo.Net.Telnet.Mssp;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActorMoo.Net.Telnet;

/// <summary>
/// Kestrel's entry point for a telnet listener (<c>ListenOptions.UseConnectionHandler&lt;TelnetConnectionHandler&gt;()</c>),
/// plain or behind TLS. Deliberately thin: it enforces the per-address connection limit and runs a
/// <see cref="TelnetConnection"/> over the transport; the protocol lives in the connection's
/// readers and writers.
/// </summary>
public sealed partial class TelnetConnectionHandler : ConnectionHandler
{
    private static readonly byte[] s_tooManyConnections = "Too many connections from your address. Close one and try again.\r\n"u8.ToArray();

    private readonly TelnetServerOptions _options;

    private readonly SessionEndpoint _endpoint;

    private readonly TelnetConnectionRegistry _registry;

    private readonly IMsspSource _mssp;

    private readonly TimeProvider _time;

    private readonly ILoggerFactory _loggers;

    private readonly ILogger _log;

    /// <summary>Creates the handler; Kestrel builds it from the container.</summary>
    public TelnetConnectionHandler(IOptions<TelnetServerOptions> options, SessionEndpoint endpoint, TelnetConnectionRegistry registry, IMsspSource mssp, TimeProvider time, ILoggerFactory loggers)
    {
        _options = (options ?? throw new ArgumentNullException(nameof(options))).Value;
        _endpoint = endpoint ?? throw new ArgumentNullException(nameof(endpoint));
        _registry = registry ?? throw new ArgumentNullException(nameof(registry));
        _mssp = mssp ?? throw new ArgumentNullException(nameof(mssp));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _loggers = loggers ?? throw new ArgumentNullException(nameof(loggers));
        _log = loggers.CreateLogger<TelnetConnectionHandler>();
    }

    /// <inheritdoc />
    public override async Task OnConnectedAsync(ConnectionContext connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        string address = (connection.RemoteEndPoint as IPEndPoint)?.Address.ToString() ?? "unknown";
        if (!_registry.TryOpen(address, _options.MaxConnectionsPerAddress))
        {
            LogInformationRefused(address, _options.MaxConnectionsPerAddress);
            await connection.Transport.Output.WriteAsync(s_tooManyConnections, connection.ConnectionClosed).ConfigureAwait(false);
            return;
        }

        try
        {
            bool tls = connection.Features.Get<ITlsHandshakeFeature>() is not null;
            var info = new ConnectionInfo(tls ? "telnet+tls" : "telnet", address);
            var telnet = new TelnetConnection(_registry.NextSessionId(), info, _options, _endpoint, _mssp, _time, _loggers.CreateLogger<TelnetConnection>());
            await telnet.RunAsync(connection.Transport, connection.ConnectionClosed).ConfigureAwait(false);
            if (telnet.Aborted)
            {
                // Kestrel would otherwise wait to flush output the client is not reading.
                connection.Abort(new ConnectionAbortedException(telnet.CloseReason ?? "aborted"));
            }
        }
        finally
        {
            _registry.Close(address);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a telnet connection from {Address}: it already has {Limit} open")]
    private partial void LogInformationRefused(string address, int limit);
}
