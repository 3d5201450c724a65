using ActorMoo.Net.Telnet.Negotiation;
using ActorMoo.Net.Telnet.Protocol;

namespace ActorMoo.Net.Telnet.Options;

/// <summary>
/// END-OF-RECORD (RFC 885): offered at connect; once the client agrees, every prompt ends with
/// <c>IAC EOR</c> (instead of <c>IAC GA</c>) so the client knows the prompt is complete although
/// no line ending follows.
/// </summary>
public sealed class EndOfRecordOption(ITelnetOptionHost host) : TelnetOption(host)
{
    /// <inheritdoc />
    public override byte Code => TelnetOptionCode.EndOfRecord;

    /// <inheritdoc />
    public override string Name => "EOR";

    /// <inheritdoc />
    protected override bool AcceptLocal => true;

    /// <inheritdoc />
    public override void Start() => RequestLocal(true);
}
