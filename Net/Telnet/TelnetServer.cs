using System.Net;
using System.Security.Cryptography.X509Certificates;
using ActorMoo.Net.Edge;
using ActorMoo.Net.Telnet.Mssp;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Net.Telnet;

/// <summary>
/// The node's telnet listeners on Kestrel: plain telnet and, when a certificate is given, telnet
/// over TLS on a second port, both served by <see cref="TelnetConnectionHandler"/>. Its own small
/// Kestrel application (no HTTP pipeline), so the node's generic host stays free of ASP.NET and
/// tests start it on free loopback ports.
/// </summary>
public sealed partial class TelnetServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TelnetServer(WebApplication app, int port, int tlsPort, TelnetConnectionRegistry registry)
    {
        _app = app;
        Port = port;
        TlsPort = tlsPort;
        Registry = registry;
    }

    /// <summary>The plain telnet port (the real one when 0 was asked for).</summary>
    public int Port { get; }

    /// <summary>The TLS telnet port, or 0 when no certificate was given.</summary>
    public int TlsPort { get; }

    /// <summary>Open connections and per-address counts.</summary>
    public TelnetConnectionRegistry Registry { get; }

    /// <summary>Starts listening.</summary>
    /// <param name="endpoints">Where to listen: address, plain port, TLS port and certificate.</param>
    /// <param name="options">Limits and MSSP settings.</param>
    /// <param name="sessions">The world's sessions.</param>
    /// <param name="players">Counts the players online, for MSSP; null counts open telnet connections.</param>
    /// <param name="time">The clock (rate limits, MSSP uptime).</param>
    /// <param name="loggers">Where the edge logs.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<TelnetServer> StartAsync(
        TelnetEndpoints endpoints, TelnetServerOptions options, SessionEndpoint sessions, Func<int>? players, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        var registry = new TelnetConnectionRegistry();
        int boundPort = 0, boundTlsPort = 0;
        var mssp = new MsspVariables(options.Mssp, () => new MsspPorts(boundPort, boundTlsPort), players ?? (() => registry.OpenConnections), time);

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(TelnetServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Services.Replace(ServiceDescriptor.Singleton(loggers));
        builder.Services.AddSingleton<IHostLifetime, EmbeddedServerLifetime>();
        builder.Services.AddSingleton(registry);
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(sessions);
        builder.Services.AddSingleton<IMsspSource>(mssp);
        builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.ListenTelnet(endpoints.Address, endpoints.Port);
            if (endpoints.Certificate is not null)
            {
                kestrel.ListenTelnet(endpoints.Address, endpoints.TlsPort, endpoints.Certificate);
            }
        });

        WebApplication app = builder.Build();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        int[] ports = [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a).Port)];
        boundPort = ports[0];
        boundTlsPort = ports.Length > 1 ? ports[1] : 0;
        LogInformationListening(loggers.CreateLogger<TelnetServer>(), endpoints.Address, boundPort, boundTlsPort == 0 ? "off (no certificate)" : boundTlsPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new TelnetServer(app, boundPort, boundTlsPort, registry);
    }

    /// <summary>Stops accepting connections; open ones are closed (their sessions are told).</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [LoggerMessage(Level = LogLevel.Information, Message = "Telnet listening on {Address} port {Port}, TLS port {TlsPort}")]
    private static partial void LogInformationListening(ILogger logger, IPAddress address, int port, string tlsPort);
}

/// <summary>Where the telnet server listens.</summary>
/// <param name="Address">The address to bind (loopback unless configured otherwise).</param>
/// <param name="Port">The plain telnet port; 0 picks a free one.</param>
/// <param name="TlsPort">The TLS port; 0 picks a free one. Used only with a certificate.</param>
/// <param name="Certificate">The TLS certificate, or null for no TLS listener.</param>
public sealed record TelnetEndpoints(IPAddress Address, int Port, int TlsPort = 0, X509Certificate2? Certificate = null);
