using System.Net;
using ActorMoo.Host.Options;
using ActorMoo.Host.Sessions;
using ActorMoo.Net.Edge;
using ActorMoo.Net.Web;
using ActorMoo.Net.Web.Accounts;
using ActorMoo.Runtime.Core;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Web;

/// <summary>
/// Opens the HTTP server (web client, websocket, JSON API) on <c>network.bind</c>:<c>network.http-port</c>
/// once the sessions run; closes it first on shutdown, so browsers are disconnected before the world stops.
/// </summary>
public sealed class WebLifetime(
    ActorSystem system,
    SessionLifetime sessions,
    NodeWorldStats stats,
    IOptions<NetworkOptions> network,
    IOptions<HttpOptions> http,
    TimeProvider time,
    ILoggerFactory loggers) : IHostedService, IAsyncDisposable
{
    private WebServer? _server;

    /// <summary>The running server (its address and tokens), once started.</summary>
    /// <exception cref="InvalidOperationException">The host has not started.</exception>
    public WebServer Server => _server ?? throw new InvalidOperationException("The web server is not listening: the host has not started.");

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var endpoint = new IPEndPoint(network.Value.GetBindAddress(), network.Value.HttpPort);
        var services = new WebServerServices(
            new SessionEndpoint(system, sessions.Sessions.Region), new WorldAccounts(sessions.Accounts), stats, time, loggers);
        _server = await WebServer.StartAsync(endpoint, http.Value.ToWebSettings(), services, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            await _server.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
            _server = null;
        }
    }
}
