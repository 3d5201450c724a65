using System.Net;
using ActorMoo.Net.Edge;
using ActorMoo.Net.Web.Api;
using ActorMoo.Net.Web.Client;
using ActorMoo.Net.Web.Sockets;
using ActorMoo.Net.Web.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Net.Web;

/// <summary>
/// The node's HTTP server on Kestrel: the web client page at <c>/</c>, the websocket at
/// <c>/ws</c> and the JSON API under <c>/api</c> (docs/web.md). It is its own small web
/// application inside the node, so the node's generic host stays free of ASP.NET's pipeline and
/// tests start it on a free loopback port with whatever sessions and accounts they need.
/// </summary>
public sealed partial class WebServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebServer(WebApplication app, Uri address, TokenStore tokens, ConnectionsPerAddress webSockets)
    {
        _app = app;
        Address = address;
        Tokens = tokens;
        WebSockets = webSockets;
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:8080/</c> (the real port when 0 was asked for).</summary>
    public Uri Address { get; }

    /// <summary>The server's live tokens.</summary>
    public TokenStore Tokens { get; }

    /// <summary>Open websockets, in all and per address (limited by <see cref="WebSettings.MaxConnectionsPerAddress"/>).</summary>
    public ConnectionsPerAddress WebSockets { get; }

    /// <summary>Starts a server on <paramref name="endpoint"/> (port 0 picks a free port).</summary>
    /// <param name="endpoint">Address and port to listen on.</param>
    /// <param name="settings">The server's settings; validated here.</param>
    /// <param name="services">Sessions, accounts, stats, clock and logging of the node.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<WebServer> StartAsync(IPEndPoint endpoint, WebSettings settings, WebServerServices services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(services);
        settings.Validate();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(WebServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Services.Replace(ServiceDescriptor.Singleton(services.Loggers));
        // Started and stopped only by the node, like the telnet server: no console lifetime of its own.
        builder.Services.AddSingleton<IHostLifetime, EmbeddedServerLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBytes;
            kestrel.Listen(endpoint);
        });

        var tokens = new TokenStore(settings, services.Time);
        var webSockets = new ConnectionsPerAddress();
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(tokens);
        builder.Services.AddSingleton(webSockets);
        builder.Services.AddSingleton(services.Sessions);
        builder.Services.AddSingleton(services.Accounts);
        builder.Services.AddSingleton(services.Stats);
        builder.Services.AddSingleton(services.Time);
        builder.Services.AddSingleton(new WebServerClock(services.Time));
        builder.Services.AddSingleton<WebSocketEndpoint>();
        WebRateLimits.Add(builder.Services, settings);

        var app = builder.Build();
        var logger = services.Loggers.CreateLogger<WebServer>();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = context => InternalError(context, logger) });
        app.UseStatusCodePages(EmptyErrorAsJson);
        app.UseWebSockets();
        app.UseRateLimiter();
        WebClientFiles.Map(app);
        WebSocketEndpoint.Map(app);
        StatsEndpoint.Map(app);
        AccountEndpoints.Map(app);

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        LogListening(logger, address);
        return new WebServer(app, address, tokens, webSockets);
    }

    /// <summary>Stops accepting connections and waits for open requests (websockets are aborted when <paramref name="cancellationToken"/> fires).</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>Answers an unhandled exception with a JSON 500 (the exception is logged, never shown).</summary>
    private static Task InternalError(HttpContext context, ILogger logger)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        LogFailed(logger, context.Request.Method, context.Request.Path, error);
        return ApiResults.Error(StatusCodes.Status500InternalServerError, "The server failed to handle the request; it has been logged.").ExecuteAsync(context);
    }

    /// <summary>Gives the framework's bodiless errors (404 of unknown pages, 405 of wrong methods) a JSON message too.</summary>
    private static Task EmptyErrorAsJson(StatusCodeContext status)
    {
        var context = status.HttpContext;
        var message = context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound when context.Request.Path.StartsWithSegments("/api") => "There is no such API endpoint; see docs/web.md.",
            StatusCodes.Status404NotFound => "Nothing is here; the web client is at /.",
            StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not allowed here.",
            _ => $"The request failed with status {context.Response.StatusCode}.",
        };
        return ApiResults.Error(context.Response.StatusCode, message).ExecuteAsync(context);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Web client, websocket and JSON API listening on {Address}")]
    private static partial void LogListening(ILogger logger, Uri address);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    private static partial void LogFailed(ILogger logger, string method, PathString path, Exception? exception);
}
