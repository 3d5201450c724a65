using System.Net;
using System.Security.Cryptography.X509Certificates;
using ActorMoo.Net.Edge;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ActorMoo.Net.Telnet;

/// <summary>Wiring of the telnet edge into a host: services, and Kestrel listeners.</summary>
public static class TelnetServiceCollectionExtensions
{
    /// <summary>
    /// Registers what <see cref="TelnetConnectionHandler"/> needs besides an <see cref="SessionEndpoint"/>,
    /// an <see cref="Mssp.IMsspSource"/> and the bound <see cref="TelnetServerOptions"/>, which the host supplies.
    /// </summary>
    public static IServiceCollection AddTelnetEdge(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TelnetConnectionRegistry>();
        return services;
    }

    /// <summary>
    /// Opens a telnet listener on <paramref name="address"/>:<paramref name="port"/> (0: a free port),
    /// behind TLS when <paramref name="certificate"/> is given.
    /// </summary>
    public static KestrelServerOptions ListenTelnet(this KestrelServerOptions kestrel, IPAddress address, int port, X509Certificate2? certificate = null)
    {
        ArgumentNullException.ThrowIfNull(kestrel);
        kestrel.Listen(address, port, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }

            listen.UseConnectionHandler<TelnetConnectionHandler>();
        });
        return kestrel;
    }
}
