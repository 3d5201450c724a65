using System.Globalization;
using ActorMoo.Net.Telnet.Negotiation;
using ActorMoo.Net.Telnet.Protocol;

namespace ActorMoo.Net.Telnet.Options;

/// <summary>
/// NEW-ENVIRON (RFC 1572) as MNES uses it (https://tintin.mudhalla.net/protocols/mnes/): the
/// server asks DO NEW-ENVIRON, then <c>SEND VAR CLIENT_NAME VAR CLIENT_VERSION VAR MTTS</c>; the
/// client answers with IS (and later INFO when a value changes), which fills in the client's
/// name, version and MTTS bits. Other variables are ignored.
/// </summary>
public sealed class NewEnvironOption(ITelnetOptionHost host) : TelnetOption(host)
{
    /// <summary>Subnegotiation command: the client's answer.</summary>
    public const byte Is = 0;

    /// <summary>Subnegotiation command: the server's request.</summary>
    public const byte Send = 1;

    /// <summary>Subnegotiation command: a change the client reports unasked.</summary>
    public const byte Info = 2;

    /// <summary>Precedes a well-known variable's name.</summary>
    public const byte Var = 0;

    /// <summary>Precedes a value.</summary>
    public const byte Value = 1;

    /// <summary>Makes the next byte literal.</summary>
    public const byte Esc = 2;

    /// <summary>Precedes a user variable's name.</summary>
    public const byte UserVar = 3;

    private static readonly byte[] s_send = [Send, Var, .. "CLIENT_NAME"u8, Var, .. "CLIENT_VERSION"u8, Var, .. "MTTS"u8];

    /// <inheritdoc />
    public override byte Code => TelnetOptionCode.NewEnviron;

    /// <inheritdoc />
    public override string Name => "NEW-ENVIRON";

    /// <inheritdoc />
    protected override bool AcceptRemote => true;

    /// <inheritdoc />
    public override void Start() => RequestRemote(true);

    /// <inheritdoc />
    public override void Subnegotiation(ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty || payload[0] is not (Is or Info))
        {
            Host.ReportMalformed(Name, "a subnegotiation that is neither IS nor INFO");
            return;
        }

        bool changed = false;
        int position = 1;
        while (position < payload.Length)
        {
            if (payload[position] is not (Var or UserVar))
            {
                Host.ReportMalformed(Name, "a variable list not starting with VAR or USERVAR");
                break;
            }

            string name = ReadField(payload, ref position);
            string value = "";
            if (position < payload.Length && payload[position] == Value)
            {
                value = ReadField(payload, ref position);
            }

            changed |= Apply(name, value);
        }

        if (changed)
        {
            Host.TerminalChanged();
        }
    }

    /// <inheritdoc />
    protected override void OnRemoteEnabled() => Host.SendSubnegotiation(Code, s_send);

    /// <summary>Reads from the marker at <paramref name="position"/> up to the next unescaped VAR, VALUE or USERVAR.</summary>
    private static string ReadField(ReadOnlySpan<byte> payload, ref int position)
    {
        position++;
        Span<byte> field = stackalloc byte[TelnetText.MaxLength];
        int length = 0;
        while (position < payload.Length && payload[position] is not (Var or Value or UserVar))
        {
            if (payload[position] == Esc && position + 1 < payload.Length)
            {
                position++;
            }

            if (length < field.Length)
            {
                field[length++] = payload[position];
            }

            position++;
        }

        return TelnetText.Printable(field[..length]);
    }

    private bool Apply(string name, string value)
    {
        TerminalState terminal = Host.Terminal;
        switch (name)
        {
            case "CLIENT_NAME" when value.Length > 0 && value != terminal.ClientName:
                terminal.ClientName = value;
                return true;
            case "CLIENT_VERSION" when value != terminal.ClientVersion:
                terminal.ClientVersion = value;
                return true;
            case "MTTS" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int bits) && bits != terminal.Mtts:
                terminal.Mtts = bits;
                return true;
            default:
                return false;
        }
    }
}
