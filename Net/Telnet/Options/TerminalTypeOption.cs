using System.Globalization;
using ActorMoo.Net.Telnet.Negotiation;
using ActorMoo.Net.Telnet.Protocol;

namespace ActorMoo.Net.Telnet.Options;

/// <summary>
/// TERMINAL-TYPE (RFC 1091) with MTTS (https://tintin.mudhalla.net/protocols/mtts/): the server
/// asks DO TTYPE and then <c>SEND</c> up to three times. An MTTS client answers with its name
/// (<c>MUDLET</c>), its terminal type (<c>ANSI-TRUECOLOR</c>) and <c>MTTS &lt;bits&gt;</c>; a plain
/// client answers its terminal type and then repeats itself, which ends the cycle. A SEND is only
/// ever sent in reply to an answer, and at most three, so a misbehaving client cannot make the
/// server loop.
/// </summary>
public sealed class TerminalTypeOption(ITelnetOptionHost host) : TelnetOption(host)
{
    /// <summary>Subnegotiation command: the client's answer.</summary>
    public const byte Is = 0;

    /// <summary>Subnegotiation command: the server's request.</summary>
    public const byte Send = 1;

    private const int MaxRounds = 3;

    /// <summary>SENDs sent so far.</summary>
    private int _round;

    /// <summary>A SEND is outstanding: the only time an IS is accepted.</summary>
    private bool _awaiting;

    /// <summary>The previous answer, to notice a client that does not cycle.</summary>
    private string _previous = "";

    /// <inheritdoc />
    public override byte Code => TelnetOptionCode.TerminalType;

    /// <inheritdoc />
    public override string Name => "TTYPE";

    /// <inheritdoc />
    protected override bool AcceptRemote => true;

    /// <inheritdoc />
    public override void Start() => RequestRemote(true);

    /// <inheritdoc />
    public override void Subnegotiation(ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty || payload[0] != Is || !_awaiting)
        {
            Host.ReportMalformed(Name, _awaiting ? "an answer that is not IS" : "an answer nobody asked for");
            return;
        }

        _awaiting = false;
        string answer = TelnetText.Printable(payload[1..]);
        if (answer.Length == 0 || answer.Equals(_previous, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        Learn(answer);
        _previous = answer;
        Host.TerminalChanged();
        if (_round < MaxRounds)
        {
            AskAgain();
        }
    }

    /// <inheritdoc />
    protected override void OnRemoteEnabled() => AskAgain();

    private void Learn(string answer)
    {
        TerminalState terminal = Host.Terminal;
        if (answer.StartsWith("MTTS ", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(answer.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out int bits))
        {
            terminal.Mtts = bits;
            _round = MaxRounds;
            return;
        }

        if (_round == 1 && terminal.ClientName.Length == 0)
        {
            terminal.ClientName = answer;
        }

        // The first answer is the terminal type for clients that do not cycle; the second replaces it.
        terminal.TerminalType = answer;
    }

    private void AskAgain()
    {
        _round++;
        _awaiting = true;
        Host.SendSubnegotiation(Code, [Send]);
    }
}
