using System.Text;
using System.Text.Json;
using ActorMoo.Net.Telnet.Negotiation;
using ActorMoo.Net.Telnet.Protocol;

namespace ActorMoo.Net.Telnet.Options;

/// <summary>
/// GMCP, the Generic MUD Communication Protocol (https://tintin.mudhalla.net/protocols/gmcp/):
/// offered at connect; messages travel both ways as <c>IAC SB GMCP "Package.Name json" IAC SE</c>.
/// At the edge: <c>Core.Ping</c> goes both ways and no further — the client's is answered here, and
/// while GMCP is agreed the server pings the client every <c>pingInterval</c> (zero: never) and
/// reports the round trip (<see cref="GmcpPinger"/> tells an answer from a client's own ping). Every other package
/// (<c>Core.Hello</c>, <c>Core.Supports.Set/Add/Remove</c>, client packages) is checked — a valid
/// package name, valid UTF-8, valid JSON — and forwarded to the session. <c>Core.Hello</c> also
/// names the client. Output packages (<c>Char.*</c>, <c>Room.Info</c>, <c>Comm.Channel.Text</c>,
/// verbs' <c>gmcp(...)</c>) come from the world and are written by the connection with <see cref="Encode"/>.
/// </summary>
/// <param name="host">The connection.</param>
/// <param name="pingInterval">Time between the server's <c>Core.Ping</c>s; zero or less: the server does not ping.</param>
/// <param name="time">The clock for pinging.</param>
public sealed class GmcpOption(ITelnetOptionHost host, TimeSpan pingInterval, TimeProvider time) : TelnetOption(host)
{
    /// <summary>The longest package name accepted.</summary>
    public const int MaxPackageLength = 64;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The server's pings while GMCP is agreed and pinging is on; null otherwise.</summary>
    private GmcpPinger? _pinger;

    /// <inheritdoc />
    public override byte Code => TelnetOptionCode.Gmcp;

    /// <inheritdoc />
    public override string Name => "GMCP";

    /// <inheritdoc />
    protected override bool AcceptLocal => true;

    /// <inheritdoc />
    public override void Start() => RequestLocal(true);

    /// <inheritdoc />
    public override void Stop() => StopPinging();

    /// <summary>The subnegotiation payload for a package: its name, a space and its JSON (name alone when there is no data).</summary>
    public static byte[] Encode(string package, string json)
    {
        ArgumentNullException.ThrowIfNull(package);
        return Encoding.UTF8.GetBytes(string.IsNullOrEmpty(json) ? package : string.Concat(package, " ", json));
    }

    /// <inheritdoc />
    public override void Subnegotiation(ReadOnlySpan<byte> payload)
    {
        if (!LocalEnabled)
        {
            Host.ReportMalformed(Name, "a message before GMCP was agreed");
            return;
        }

        int space = payload.IndexOfAny((byte)' ', (byte)'\n');
        ReadOnlySpan<byte> name = space < 0 ? payload : payload[..space];
        ReadOnlySpan<byte> data = space < 0 ? [] : payload[(space + 1)..].Trim(" \r\n\t"u8);
        if (!IsPackageName(name))
        {
            Host.ReportMalformed(Name, "a message without a valid package name");
            return;
        }

        string package = Encoding.ASCII.GetString(name);
        if (!IsJson(data, out string json))
        {
            Host.ReportMalformed(Name, $"{package} with data that is not valid UTF-8 JSON");
            return;
        }

        if (package.Equals("Core.Ping", StringComparison.OrdinalIgnoreCase))
        {
            if (_pinger is not null && _pinger.TryTakeAnswer(out TimeSpan roundTrip))
            {
                Host.ReportRoundTrip(roundTrip);
            }
            else
            {
                Host.SendSubnegotiation(Code, "Core.Ping"u8);
            }

            return;
        }

        if (package.Equals("Core.Hello", StringComparison.OrdinalIgnoreCase))
        {
            LearnClient(json);
        }

        Host.ForwardOob(package, json);
    }

    /// <inheritdoc />
    protected override void OnLocalEnabled()
    {
        if (pingInterval > TimeSpan.Zero)
        {
            _pinger ??= new GmcpPinger(pingInterval, time, () => Host.SendSubnegotiation(TelnetOptionCode.Gmcp, "Core.Ping"u8));
        }
    }

    /// <inheritdoc />
    protected override void OnLocalDisabled() => StopPinging();

    private void StopPinging()
    {
        _pinger?.Dispose();
        _pinger = null;
    }

    private static bool IsPackageName(ReadOnlySpan<byte> name)
    {
        if (name.IsEmpty || name.Length > MaxPackageLength || name[0] == (byte)'.' || name[^1] == (byte)'.')
        {
            return false;
        }

        foreach (byte b in name)
        {
            if (!(char.IsAsciiLetterOrDigit((char)b) || b is (byte)'.' or (byte)'_' or (byte)'-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsJson(ReadOnlySpan<byte> data, out string json)
    {
        json = "";
        if (data.IsEmpty)
        {
            return true;
        }

        try
        {
            var reader = new Utf8JsonReader(data);
            reader.Read();
            reader.Skip();
            if (reader.Read())
            {
                return false;
            }

            json = s_strictUtf8.GetString(data);
            return true;
        }
        catch (Exception e) when (e is JsonException or DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Takes the client's name and version from <c>Core.Hello {"client":…,"version":…}</c>.</summary>
    private void LearnClient(string json)
    {
        if (json.Length == 0)
        {
            return;
        }

        using JsonDocument hello = JsonDocument.Parse(json);
        if (hello.RootElement.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        TerminalState terminal = Host.Terminal;
        bool changed = false;
        if (hello.RootElement.TryGetProperty("client", out JsonElement client) && client.ValueKind == JsonValueKind.String
            && TelnetText.Printable(Encoding.UTF8.GetBytes(client.GetString() ?? "")) is { Length: > 0 } name && name != terminal.ClientName)
        {
            terminal.ClientName = name;
            changed = true;
        }

        if (hello.RootElement.TryGetProperty("version", out JsonElement version) && version.ValueKind == JsonValueKind.String
            && TelnetText.Printable(Encoding.UTF8.GetBytes(version.GetString() ?? "")) is var text && text != terminal.ClientVersion)
        {
            terminal.ClientVersion = text;
            changed = true;
        }

        if (changed)
        {
            Host.TerminalChanged();
        }
    }
}
