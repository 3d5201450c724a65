using ActorMoo.Net.Telnet.Negotiation;
using ActorMoo.Net.Telnet.Protocol;

namespace ActorMoo.Net.Telnet.Options;

/// <summary>
/// ECHO (RFC 857), used the way every MUD uses it: while a password is typed the server says
/// WILL ECHO, so the client stops showing what is typed (the server does not actually echo it),
/// and WONT ECHO afterwards. The session asks for this with <c>InputEcho</c>. The server never
/// agrees to echo at other times, and never lets the client echo for it.
/// </summary>
public sealed class EchoOption(ITelnetOptionHost host) : TelnetOption(host)
{
    /// <summary>The session wants typed input hidden.</summary>
    private bool _hidden;

    /// <inheritdoc />
    public override byte Code => TelnetOptionCode.Echo;

    /// <inheritdoc />
    public override string Name => "ECHO";

    /// <inheritdoc />
    protected override bool AcceptLocal => _hidden;

    /// <summary>Hides (true) or shows again (false) what the player types.</summary>
    public void HideInput(bool hidden)
    {
        _hidden = hidden;
        RequestLocal(hidden);
    }
}
