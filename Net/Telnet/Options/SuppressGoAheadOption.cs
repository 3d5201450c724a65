using ActorMoo.Net.Telnet.Negotiation;
using ActorMoo.Net.Telnet.Protocol;

namespace ActorMoo.Net.Telnet.Options;

/// <summary>
/// SUPPRESS-GO-AHEAD (RFC 858). Not offered (a MUD needs GA after prompts for clients that do not
/// speak EOR), but agreed to in both directions when a client asks, as character-mode clients do.
/// While the server's side is on, prompts are not followed by GA.
/// </summary>
public sealed class SuppressGoAheadOption(ITelnetOptionHost host) : TelnetOption(host)
{
    /// <inheritdoc />
    public override byte Code => TelnetOptionCode.SuppressGoAhead;

    /// <inheritdoc />
    public override string Name => "SGA";

    /// <inheritdoc />
    protected override bool AcceptLocal => true;

    /// <inheritdoc />
    protected override bool AcceptRemote => true;
}
