using ActorMoo.Net.Telnet.Mssp;

namespace ActorMoo.Net.Telnet.Negotiation;

/// <summary>
/// What a telnet option may do to its connection: send negotiation and subnegotiation bytes,
/// update what is known about the client's terminal, and pass out-of-band messages to the session.
/// Implemented by the connection; options never see the socket or the session protocol.
/// </summary>
public interface ITelnetOptionHost
{
    /// <summary>What is known about the client's terminal; options update it and then call <see cref="TerminalChanged"/>.</summary>
    TerminalState Terminal { get; }

    /// <summary>The server's status variables for MSSP.</summary>
    IMsspSource Mssp { get; }

    /// <summary>Queues <c>IAC verb option</c> for the client.</summary>
    void SendNegotiation(byte verb, byte option);

    /// <summary>Queues <c>IAC SB option payload IAC SE</c>, doubling any IAC in the payload.</summary>
    void SendSubnegotiation(byte option, ReadOnlySpan<byte> payload);

    /// <summary>Tells the session and the renderer that <see cref="Terminal"/> changed.</summary>
    void TerminalChanged();

    /// <summary>Passes an out-of-band message from the client (a GMCP package) to the session.</summary>
    void ForwardOob(string package, string json);

    /// <summary>Records the round trip of the server's GMCP <c>Core.Ping</c>, answered by the client: logged and passed to the session.</summary>
    void ReportRoundTrip(TimeSpan roundTrip);

    /// <summary>Starts compressing everything sent after the bytes queued so far (MCCP2).</summary>
    void StartCompression();

    /// <summary>Ends the compressed stream; later output is plain again.</summary>
    void StopCompression();

    /// <summary>Records malformed input from the client (logged once per kind, never thrown).</summary>
    void ReportMalformed(string option, string problem);
}
