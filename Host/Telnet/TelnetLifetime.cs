using System.Security.Cryptography.X509Certificates;
using ActorMoo.Actors.Sessions;
using ActorMoo.Host.Options;
using ActorMoo.Host.Sessions;
using ActorMoo.Net.Edge;
using ActorMoo.Net.Telnet;
using ActorMoo.Runtime.Core;
using Microsoft.Extensions.Options;

namespace ActorMoo.Host.Telnet;

/// <summary>
/// Opens the telnet listeners once the sessions run (telnet on <c>network.telnet-port</c>, TLS on
/// <c>network.tls-port</c> when <c>telnet.certificate-path</c> is set), all on <c>network.bind</c>;
/// closes them first on shutdown, so players are disconnected before the world stops.
/// </summary>
public sealed class TelnetLifetime(
    ActorSystem system,
    SessionLifetime sessions,
    ConnectedPlayers connected,
    IOptions<NetworkOptions> network,
    IOptions<TelnetOptions> telnet,
    TimeProvider time,
    ILoggerFactory loggers) : IHostedService, IAsyncDisposable
{
    private TelnetServer? _server;

    private X509Certificate2? _certificate;

    /// <summary>The running server (its bound ports), once started.</summary>
    /// <exception cref="InvalidOperationException">The host has not started.</exception>
    public TelnetServer Server => _server ?? throw new InvalidOperationException("Telnet is not listening: the host has not started.");

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        TelnetOptions options = telnet.Value;
        _certificate = options.CertificatePath.Length == 0
            ? null
            : X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword.Length == 0 ? null : options.CertificatePassword);
        var endpoints = new TelnetEndpoints(network.Value.GetBindAddress(), network.Value.TelnetPort, network.Value.TlsPort, _certificate);
        _server = await TelnetServer.StartAsync(
            endpoints, options.ToServerOptions(), new SessionEndpoint(system, sessions.Sessions.Region), () => connected.Count, time, loggers, cancellationToken).ConfigureAwait(false);
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

        _certificate?.Dispose();
    }
}
