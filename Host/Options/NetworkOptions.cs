using System.Net;

namespace ActorMoo.Host.Options;

/// <summary>Where the node listens (<c>actormoo.network</c> in reference.conf).</summary>
public sealed class NetworkOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionKey = "actormoo:network";

    /// <summary>IP address every listener binds to; loopback by default so a fresh install is not exposed.</summary>
    [ConfigurationKeyName("bind")]
    public string Bind { get; set; } = "127.0.0.1";

    /// <summary>Plain telnet port for MUD clients; 0 picks a free port.</summary>
    [ConfigurationKeyName("telnet-port")]
    public int TelnetPort { get; set; } = 7777;

    /// <summary>TLS telnet port, used when a certificate is configured; 0 picks a free port.</summary>
    [ConfigurationKeyName("tls-port")]
    public int TlsPort { get; set; } = 7778;

    /// <summary>HTTP port for the JSON API, websocket and web client; 0 picks a free port.</summary>
    [ConfigurationKeyName("http-port")]
    public int HttpPort { get; set; } = 8080;

    /// <summary><see cref="Bind"/> as an address. Valid once <see cref="NetworkOptionsValidator"/> has accepted the options.</summary>
    public IPAddress GetBindAddress() => IPAddress.Parse(Bind);
}
