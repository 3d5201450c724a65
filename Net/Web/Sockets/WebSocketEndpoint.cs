using ActorMoo.Net.Edge;
using ActorMoo.Net.Web.Api;
using ActorMoo.Net.Web.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Net.Web.Sockets;

/// <summary>
/// <c>/ws</c>: upgrades to a websocket and runs one session over it. With <c>?token=…</c> (from
/// <c>POST /api/auth</c>) the session starts logged in as the token's player; without, it starts
/// on the login screen, as telnet does. A bad token is refused with 401 before the upgrade, and a
/// connection beyond <see cref="WebSettings.MaxConnectionsPerAddress"/> with 429.
/// </summary>
internal sealed partial class WebSocketEndpoint
{
    /// <summary>The path of the endpoint.</summary>
    public const string Path = "/ws";

    private readonly SessionEndpoint _endpoint;
    private readonly ConnectionsPerAddress _connections;
    private readonly TokenStore _tokens;
    private readonly WebSettings _settings;
    private readonly TimeProvider _time;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<WebSocketConnection> _logger;

    /// <summary>Numbers the sessions of this server: ids are <c>web-1</c>, <c>web-2</c>, ….</summary>
    private long _lastSession;

    /// <summary>Creates the endpoint.</summary>
    public WebSocketEndpoint(SessionEndpoint endpoint, ConnectionsPerAddress connections, TokenStore tokens, WebSettings settings, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<WebSocketConnection> logger)
    {
        _time = time;
        _lifetime = lifetime;
        _endpoint = endpoint;
        _connections = connections;
        _tokens = tokens;
        _settings = settings;
        _logger = logger;
    }

    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.Map(Path, static (HttpContext context) => context.RequestServices.GetRequiredService<WebSocketEndpoint>().HandleAsync(context));

    private async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await ApiResults.Error(StatusCodes.Status400BadRequest, "This address speaks the websocket protocol; open it with a websocket client.")
                .ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var address = ApiRequestReader.RemoteAddress(context);
        if (!_connections.TryOpen(address, _settings.MaxConnectionsPerAddress))
        {
            LogRefused(_logger, address, _settings.MaxConnectionsPerAddress);
            await ApiResults.Error(StatusCodes.Status429TooManyRequests, $"Too many connections from your address (at most {_settings.MaxConnectionsPerAddress}). Close one and try again.")
                .ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        try
        {
            await RunAsync(context, address).ConfigureAwait(false);
        }
        finally
        {
            _connections.Close(address);
        }
    }

    private async Task RunAsync(HttpContext context, string address)
    {
        TokenIdentity? identity = null;
        if (context.Request.Query.TryGetValue("token", out var token))
        {
            identity = _tokens.Validate(token.ToString());
            if (identity is null)
            {
                await ApiResults.Error(StatusCodes.Status401Unauthorized, "The token is unknown or expired; log in again with POST /api/auth.")
                    .ExecuteAsync(context).ConfigureAwait(false);
                return;
            }
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext { KeepAliveInterval = _settings.KeepAliveInterval })
            .ConfigureAwait(false);
        var sessionId = $"web-{Interlocked.Increment(ref _lastSession)}";
        var connection = new WebSocketConnection(socket, sessionId, address, _endpoint, _settings, _time, _logger);
        // A websocket lasts as long as the player stays: when the server stops, end it at once
        // (its session is told) instead of holding up the node's shutdown.
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _lifetime.ApplicationStopping);
        await connection.RunAsync(identity, ended.Token).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a websocket from {Address}: it already has {Limit} open")]
    private static partial void LogRefused(ILogger logger, string address, int limit);
}
