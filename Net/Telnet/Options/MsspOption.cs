using System.Text;
using ActorMoo.Net.Telnet.Negotiation;
using ActorMoo.Net.Telnet.Protocol;

namespace ActorMoo.Net.Telnet.Options;

/// <summary>
/// MSSP, the MUD Server Status Protocol (https://tintin.mudhalla.net/protocols/mssp/): offered at
/// connect; when a crawler or client says DO MSSP the server sends its status once as
/// <c>IAC SB MSSP (MSSP_VAR name MSSP_VAL value)… IAC SE</c>.
/// </summary>
public sealed class MsspOption(ITelnetOptionHost host) : TelnetOption(host)
{
    /// <summary>Precedes a variable name.</summary>
    public const byte MsspVar = 1;

    /// <summary>Precedes a value.</summary>
    public const byte MsspVal = 2;

    /// <inheritdoc />
    public override byte Code => TelnetOptionCode.Mssp;

    /// <inheritdoc />
    public override string Name => "MSSP";

    /// <inheritdoc />
    protected override bool AcceptLocal => true;

    /// <inheritdoc />
    public override void Start() => RequestLocal(true);

    /// <summary>The subnegotiation payload for <paramref name="variables"/>; the two marker bytes are removed from names and values so they cannot break the framing.</summary>
    public static byte[] Encode(IReadOnlyList<KeyValuePair<string, string>> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var payload = new List<byte>(256);
        foreach ((string name, string value) in variables)
        {
            payload.Add(MsspVar);
            AddText(payload, name);
            payload.Add(MsspVal);
            AddText(payload, value);
        }

        return [.. payload];
    }

    /// <inheritdoc />
    protected override void OnLocalEnabled() => Host.SendSubnegotiation(Code, Encode(Host.Mssp.Variables()));

    private static void AddText(List<byte> payload, string text)
    {
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            if (b is not (MsspVar or MsspVal or 0 or TelnetCommand.Iac))
            {
                payload.Add(b);
            }
        }
    }
}
