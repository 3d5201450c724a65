using System.Text;
using ActorMoo.Net.Telnet.Negotiation;
using ActorMoo.Net.Telnet.Protocol;

namespace ActorMoo.Net.Telnet.Options;

/// <summary>
/// CHARSET (RFC 2066): the server offers WILL CHARSET and, once the client agrees, requests
/// UTF-8 (<c>REQUEST ;UTF-8</c>). ACCEPTED switches input decoding and output encoding to UTF-8;
/// REJECTED or a refusal of the option falls back to the MTTS UTF-8 bit (see
/// <see cref="TerminalState"/>). A client that offers CHARSET itself gets its request answered:
/// ACCEPTED UTF-8 if it lists UTF-8, otherwise REJECTED.
/// </summary>
public sealed class CharsetOption(ITelnetOptionHost host) : TelnetOption(host)
{
    /// <summary>Subnegotiation command: a list of acceptable charsets.</summary>
    public const byte Request = 1;

    /// <summary>Subnegotiation command: the charset chosen.</summary>
    public const byte Accepted = 2;

    /// <summary>Subnegotiation command: none of the offered charsets.</summary>
    public const byte Rejected = 3;

    private static readonly byte[] s_request = [Request, .. ";UTF-8"u8];

    private static readonly byte[] s_acceptedUtf8 = [Accepted, .. "UTF-8"u8];

    /// <inheritdoc />
    public override byte Code => TelnetOptionCode.Charset;

    /// <inheritdoc />
    public override string Name => "CHARSET";

    /// <inheritdoc />
    protected override bool AcceptLocal => true;

    /// <inheritdoc />
    protected override bool AcceptRemote => true;

    /// <inheritdoc />
    public override void Start() => RequestLocal(true);

    /// <inheritdoc />
    public override void Subnegotiation(ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty)
        {
            Host.ReportMalformed(Name, "an empty subnegotiation");
            return;
        }

        switch (payload[0])
        {
            case Accepted:
                Decide(IsUtf8(TelnetText.Printable(payload[1..])));
                break;
            case Rejected:
                Decide(false);
                break;
            case Request:
                AnswerRequest(payload[1..]);
                break;
            default:
                Host.ReportMalformed(Name, $"unknown command {payload[0]}");
                break;
        }
    }

    /// <inheritdoc />
    protected override void OnLocalEnabled() => Host.SendSubnegotiation(Code, s_request);

    /// <inheritdoc />
    protected override void OnLocalRefused() => Decide(false);

    /// <summary>Answers a client's REQUEST <c>&lt;sep&gt;name&lt;sep&gt;name…</c> (an optional <c>[TTABLE]</c> version prefix is skipped).</summary>
    private void AnswerRequest(ReadOnlySpan<byte> list)
    {
        if (list.StartsWith("[TTABLE]"u8) && list.Length > 9)
        {
            list = list[9..];
        }

        if (list.IsEmpty)
        {
            Host.SendSubnegotiation(Code, [Rejected]);
            return;
        }

        byte separator = list[0];
        foreach (string name in Encoding.ASCII.GetString(list[1..]).Split((char)separator))
        {
            if (IsUtf8(name))
            {
                Host.SendSubnegotiation(Code, s_acceptedUtf8);
                Decide(true);
                return;
            }
        }

        Host.SendSubnegotiation(Code, [Rejected]);
    }

    private void Decide(bool utf8)
    {
        if (Host.Terminal.CharsetUtf8 != utf8)
        {
            Host.Terminal.CharsetUtf8 = utf8;
            Host.TerminalChanged();
        }
    }

    private static bool IsUtf8(string name) =>
        name.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) || name.Equals("UTF8", StringComparison.OrdinalIgnoreCase);
}
