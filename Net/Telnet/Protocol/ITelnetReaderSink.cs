namespace ActorMoo.Net.Telnet.Protocol;

/// <summary>What <see cref="TelnetReader"/> found in the byte stream, in order.</summary>
public interface ITelnetReaderSink
{
    /// <summary>Plain data bytes (<c>IAC IAC</c> already turned into one 255). May be any length, even split mid-character.</summary>
    void Data(ReadOnlySpan<byte> data);

    /// <summary>A two-byte command other than negotiation and subnegotiation (NOP, GA, EOR, AYT…).</summary>
    void Command(byte command);

    /// <summary><c>IAC WILL|WONT|DO|DONT option</c>.</summary>
    void Negotiation(byte verb, byte option);

    /// <summary>A complete <c>IAC SB option payload IAC SE</c>, with the payload's doubled IACs undone.</summary>
    void Subnegotiation(byte option, ReadOnlySpan<byte> payload);

    /// <summary>A subnegotiation was dropped: longer than the limit, or cut short by another command (a missing <c>IAC SE</c>).</summary>
    void SubnegotiationDropped(byte option, string reason);
}
