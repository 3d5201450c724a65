using ActorMoo.Net.Telnet.Negotiation;
using ActorMoo.Net.Telnet.Protocol;

namespace ActorMoo.Net.Telnet.Options;

/// <summary>
/// MCCP2, compression of server output (https://tintin.mudhalla.net/protocols/mccp/): the server
/// offers WILL MCCP2; when the client answers DO MCCP2 the server sends <c>IAC SB MCCP2 IAC SE</c>
/// and everything after those five bytes is one zlib stream. DONT MCCP2 later ends the stream
/// (the zlib trailer is sent) and output is plain again. The reader keeps state between network
/// reads, so a DO split across packets still starts compression exactly once.
/// </summary>
public sealed class Mccp2Option(ITelnetOptionHost host) : TelnetOption(host)
{
    /// <inheritdoc />
    public override byte Code => TelnetOptionCode.Mccp2;

    /// <inheritdoc />
    public override string Name => "MCCP2";

    /// <inheritdoc />
    protected override bool AcceptLocal => true;

    /// <inheritdoc />
    public override void Start() => RequestLocal(true);

    /// <inheritdoc />
    protected override void OnLocalEnabled() => Host.StartCompression();

    /// <inheritdoc />
    protected override void OnLocalDisabled() => Host.StopCompression();
}
