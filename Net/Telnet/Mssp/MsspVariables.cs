using System.Globalization;

namespace ActorMoo.Net.Telnet.Mssp;

/// <summary>
/// The node's MSSP answer: the configured <see cref="MsspSettings"/>, live counts (PLAYERS from
/// <paramref name="players"/>, UPTIME from when this object was made) and the protocol support
/// flags that are true of every ActorMoo server.
/// </summary>
/// <param name="settings">Configured variables.</param>
/// <param name="ports">The ports players connect to (PORT, and SSL for the TLS port), known once the listeners are bound.</param>
/// <param name="players">Counts the players online now.</param>
/// <param name="time">The clock UPTIME is taken from.</param>
public sealed class MsspVariables(MsspSettings settings, Func<MsspPorts> ports, Func<int> players, TimeProvider time) : IMsspSource
{
    /// <summary>Protocols and features every ActorMoo server has.</summary>
    private static readonly string[] s_supported = ["ANSI", "UTF-8", "VT100", "XTERM 256 COLORS", "XTERM TRUE COLORS", "GMCP", "MCCP", "MSSP", "MTTS", "MNES"];

    /// <summary>Protocols ActorMoo does not speak, stated so crawlers do not guess.</summary>
    private static readonly string[] s_unsupported = ["MSDP", "MSP", "MXP", "PUEBLO", "ATCP", "MCP"];

    /// <summary>The server's start as Unix seconds, the UPTIME value MSSP asks for.</summary>
    private readonly long _started = time.GetUtcNow().ToUnixTimeSeconds();

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, string>> Variables()
    {
        var list = new List<KeyValuePair<string, string>>(32);
        void Add(string name, string value) => list.Add(KeyValuePair.Create(name, value));
        static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

        Add("NAME", settings.Name);
        Add("PLAYERS", Number(players()));
        Add("UPTIME", Number(_started));
        Add("CODEBASE", "ActorMoo");
        Add("CRAWL DELAY", Number(settings.CrawlDelay));
        foreach ((string name, string value) in new[] { ("CONTACT", settings.Contact), ("WEBSITE", settings.Website), ("HOSTNAME", settings.Hostname), ("LANGUAGE", settings.Language) })
        {
            if (value.Length > 0)
            {
                Add(name, value);
            }
        }

        MsspPorts bound = ports();
        if (bound.Telnet > 0)
        {
            Add("PORT", Number(bound.Telnet));
        }

        if (bound.Tls > 0)
        {
            Add("SSL", Number(bound.Tls));
        }

        foreach (string flag in s_supported)
        {
            Add(flag, "1");
        }

        foreach (string flag in s_unsupported)
        {
            Add(flag, "0");
        }

        foreach ((string name, string value) in settings.Extra)
        {
            Add(name, value);
        }

        return list;
    }
}

/// <summary>The ports MSSP reports.</summary>
/// <param name="Telnet">The plain telnet port, or 0 when it is not open.</param>
/// <param name="Tls">The TLS telnet port, or 0 when it is not open.</param>
public sealed record MsspPorts(int Telnet, int Tls);
