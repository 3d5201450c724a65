namespace ActorMoo.Net.Telnet;

/// <summary>
/// Limits and switches of the telnet edge (<c>actormoo.telnet</c> in reference.conf). Ports and the
/// bind address live with the other listeners in <c>actormoo.network</c>.
/// </summary>
public sealed class TelnetServerOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionKey = "actormoo:telnet";

    /// <summary>Longest input line in characters; longer lines are cut and the player is told.</summary>
    public int MaxLineLength { get; set; } = 2048;

    /// <summary>Sustained input rate per connection, in lines (and negotiations) per second; faster input is read more slowly, never dropped.</summary>
    public double InputRate { get; set; } = 20;

    /// <summary>How many lines a connection may send at once before <see cref="InputRate"/> applies (pasting a few lines is fine).</summary>
    public int InputBurst { get; set; } = 60;

    /// <summary>Open connections allowed from one IP address; the next one is told so and closed.</summary>
    public int MaxConnectionsPerAddress { get; set; } = 10;

    /// <summary>Messages waiting to be written to one client; a client that lets more pile up is too slow and is disconnected.</summary>
    public int OutboundQueueLimit { get; set; } = 1024;

    /// <summary>Longest subnegotiation accepted (a GMCP message, a terminal type), in bytes; longer ones are dropped.</summary>
    public int MaxSubnegotiationBytes { get; set; } = 16384;

    /// <summary>Offer MCCP2 compression. Each compressing client costs a zlib stream (a few hundred KB), so a server short of memory may turn it off.</summary>
    public bool Compression { get; set; } = true;

    /// <summary>
    /// How often the server sends GMCP <c>Core.Ping</c> to a client that agreed to GMCP, to measure
    /// the round trip (logged at Debug and passed to the session); zero turns server pings off.
    /// </summary>
    public TimeSpan GmcpPingInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>PFX (PKCS#12) certificate file for the TLS port; empty: no TLS listener.</summary>
    public string CertificatePath { get; set; } = "";

    /// <summary>Password of <see cref="CertificatePath"/>, or empty.</summary>
    public string CertificatePassword { get; set; } = "";

    /// <summary>What MSSP reports about the server besides live counts.</summary>
    public MsspSettings Mssp { get; set; } = new();
}

/// <summary>Static MSSP variables (https://tintin.mudhalla.net/protocols/mssp/) from configuration.</summary>
public sealed class MsspSettings
{
    /// <summary>NAME: the world's name.</summary>
    public string Name { get; set; } = "ActorMoo";

    /// <summary>CONTACT: an e-mail address for the operators, or empty.</summary>
    public string Contact { get; set; } = "";

    /// <summary>WEBSITE, or empty.</summary>
    public string Website { get; set; } = "";

    /// <summary>HOSTNAME players connect to, or empty.</summary>
    public string Hostname { get; set; } = "";

    /// <summary>LANGUAGE of the world.</summary>
    public string Language { get; set; } = "English";

    /// <summary>CRAWL DELAY in hours between crawler visits; -1 leaves it to the crawler.</summary>
    public int CrawlDelay { get; set; } = -1;

    /// <summary>Any other MSSP variables (GENRE, LOCATION, CREATED…), sent as given.</summary>
    public Dictionary<string, string> Extra { get; set; } = [];
}
