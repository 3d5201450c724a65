using ActorMoo.Host.Configuration.Units;
using ActorMoo.Net.Telnet;

namespace ActorMoo.Host.Options;

/// <summary>
/// The telnet edge (<c>actormoo.telnet</c> in reference.conf): input limits, the outbound queue,
/// compression, the TLS certificate and the MSSP variables. Ports and bind address are in
/// <c>actormoo.network</c>. Mapped onto the edge's <see cref="TelnetServerOptions"/> by <see cref="ToServerOptions"/>.
/// </summary>
public sealed class TelnetOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionKey = "actormoo:telnet";

    /// <summary>Longest input line, in characters.</summary>
    [ConfigurationKeyName("max-line-length")]
    public int MaxLineLength { get; set; } = 2048;

    /// <summary>Sustained input lines (and negotiations) per second per connection.</summary>
    [ConfigurationKeyName("input-rate")]
    public double InputRate { get; set; } = 20;

    /// <summary>Lines a connection may send at once before the rate applies.</summary>
    [ConfigurationKeyName("input-burst")]
    public int InputBurst { get; set; } = 60;

    /// <summary>Open connections allowed per IP address.</summary>
    [ConfigurationKeyName("max-connections-per-address")]
    public int MaxConnectionsPerAddress { get; set; } = 10;

    /// <summary>Messages allowed to wait for a slow client before it is disconnected.</summary>
    [ConfigurationKeyName("outbound-queue-limit")]
    public int OutboundQueueLimit { get; set; } = 1024;

    /// <summary>Longest subnegotiation (GMCP message) accepted, in bytes.</summary>
    [ConfigurationKeyName("max-subnegotiation-bytes")]
    public int MaxSubnegotiationBytes { get; set; } = 16384;

    /// <summary>Offer MCCP2 compression.</summary>
    [ConfigurationKeyName("compression")]
    public bool Compression { get; set; } = true;

    /// <summary>How often GMCP clients are sent <c>Core.Ping</c> to measure the round trip; zero: never.</summary>
    [ConfigurationKeyName("gmcp-ping-interval")]
    public Duration GmcpPingInterval { get; set; } = Duration.FromSeconds(60);

    /// <summary>PFX certificate for the TLS port; empty: no TLS listener.</summary>
    [ConfigurationKeyName("certificate-path")]
    public string CertificatePath { get; set; } = "";

    /// <summary>Password of the certificate file.</summary>
    [ConfigurationKeyName("certificate-password")]
    public string CertificatePassword { get; set; } = "";

    /// <summary>What MSSP crawlers are told.</summary>
    [ConfigurationKeyName("mssp")]
    public MsspOptions Mssp { get; set; } = new();

    /// <summary>The edge's settings.</summary>
    public TelnetServerOptions ToServerOptions() => new()
    {
        MaxLineLength = MaxLineLength,
        InputRate = InputRate,
        InputBurst = InputBurst,
        MaxConnectionsPerAddress = MaxConnectionsPerAddress,
        OutboundQueueLimit = OutboundQueueLimit,
        MaxSubnegotiationBytes = MaxSubnegotiationBytes,
        Compression = Compression,
        GmcpPingInterval = GmcpPingInterval.Value,
        CertificatePath = CertificatePath,
        CertificatePassword = CertificatePassword,
        Mssp = new MsspSettings
        {
            Name = Mssp.Name,
            Contact = Mssp.Contact,
            Website = Mssp.Website,
            Hostname = Mssp.Hostname,
            Language = Mssp.Language,
            CrawlDelay = Mssp.CrawlDelay,
            Extra = new Dictionary<string, string>(Mssp.Extra, StringComparer.Ordinal),
        },
    };
}

/// <summary>The configured MSSP variables (<c>actormoo.telnet.mssp</c>).</summary>
public sealed class MsspOptions
{
    /// <summary>NAME.</summary>
    [ConfigurationKeyName("name")]
    public string Name { get; set; } = "ActorMoo";

    /// <summary>CONTACT, an e-mail address.</summary>
    [ConfigurationKeyName("contact")]
    public string Contact { get; set; } = "";

    /// <summary>WEBSITE.</summary>
    [ConfigurationKeyName("website")]
    public string Website { get; set; } = "";

    /// <summary>HOSTNAME players connect to.</summary>
    [ConfigurationKeyName("hostname")]
    public string Hostname { get; set; } = "";

    /// <summary>LANGUAGE.</summary>
    [ConfigurationKeyName("language")]
    public string Language { get; set; } = "English";

    /// <summary>CRAWL DELAY in hours; -1 leaves it to the crawler.</summary>
    [ConfigurationKeyName("crawl-delay")]
    public int CrawlDelay { get; set; } = -1;

    /// <summary>Further variables, sent as given (GENRE, LOCATION, CREATED…).</summary>
    [ConfigurationKeyName("extra")]
    public Dictionary<string, string> Extra { get; set; } = [];
}
