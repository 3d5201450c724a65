using System.Buffers.Binary;
using ActorMoo.Net.Telnet.Negotiation;
using ActorMoo.Net.Telnet.Protocol;

namespace ActorMoo.Net.Telnet.Options;

/// <summary>
/// NAWS, Negotiate About Window Size (RFC 1073): the server asks DO NAWS; the client then reports
/// <c>IAC SB NAWS width(16 bit) height(16 bit) IAC SE</c> at once and whenever the window changes.
/// Output is wrapped to the width. A zero dimension means "unknown" and keeps the previous value.
/// </summary>
public sealed class NawsOption(ITelnetOptionHost host) : TelnetOption(host)
{
    /// <summary>The narrowest width honoured: below it wrapping would make text unreadable, not better.</summary>
    public const int MinimumWidth = 20;

    /// <inheritdoc />
    public override byte Code => TelnetOptionCode.Naws;

    /// <inheritdoc />
    public override string Name => "NAWS";

    /// <inheritdoc />
    protected override bool AcceptRemote => true;

    /// <inheritdoc />
    public override void Start() => RequestRemote(true);

    /// <inheritdoc />
    public override void Subnegotiation(ReadOnlySpan<byte> payload)
    {
        if (payload.Length != 4)
        {
            Host.ReportMalformed(Name, $"a window size of {payload.Length} bytes instead of 4");
            return;
        }

        int width = BinaryPrimitives.ReadUInt16BigEndian(payload);
        int height = BinaryPrimitives.ReadUInt16BigEndian(payload[2..]);
        TerminalState terminal = Host.Terminal;
        int newWidth = width == 0 ? terminal.Width : Math.Max(MinimumWidth, width);
        int newHeight = height == 0 ? terminal.Height : height;
        if (newWidth != terminal.Width || newHeight != terminal.Height)
        {
            terminal.Width = newWidth;
            terminal.Height = newHeight;
            Host.TerminalChanged();
        }
    }
}
