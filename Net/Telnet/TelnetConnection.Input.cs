using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Telnet.Mssp;
using ActorMoo.Net.Telnet.Negotiation;
using ActorMoo.Net.Telnet.Protocol;
using Microsoft.Extensions.Logging;

namespace ActorMoo.Net.Telnet;

/// <summary>What the reader finds in the byte stream, and what options may do to the connection.</summary>
public sealed partial class TelnetConnection : ITelnetReaderSink, ILineSink, ITelnetOptionHost
{
    /// <inheritdoc />
    public TerminalState Terminal { get; } = new();

    /// <inheritdoc />
    public IMsspSource Mssp { get; }

    /// <inheritdoc />
    void ITelnetReaderSink.Data(ReadOnlySpan<byte> data) => _lines.Append(data, this);

    /// <inheritdoc />
    void ITelnetReaderSink.Command(byte command)
    {
        // NOP, GA, EOR, AYT, BRK… carry nothing a MUD needs; they are read and ignored.
    }

    /// <inheritdoc />
    void ITelnetReaderSink.Negotiation(byte verb, byte option)
    {
        _eventsThisRead++;
        lock (_negotiation)
        {
            if (Find(option) is TelnetOption known)
            {
                known.Receive(verb);
                return;
            }
        }

        // RFC 1143: an unknown option is refused once per request; a refusal of it needs no answer.
        if (verb == TelnetCommand.Will)
        {
            SendNegotiation(TelnetCommand.Dont, option);
        }
        else if (verb == TelnetCommand.Do)
        {
            SendNegotiation(TelnetCommand.Wont, option);
        }
    }

    /// <inheritdoc />
    void ITelnetReaderSink.Subnegotiation(byte option, ReadOnlySpan<byte> payload)
    {
        _eventsThisRead++;
        lock (_negotiation)
        {
            if (Find(option) is TelnetOption known && (known.LocalEnabled || known.RemoteEnabled))
            {
                known.Subnegotiation(payload);
                return;
            }
        }

        ReportMalformed(option.ToString(System.Globalization.CultureInfo.InvariantCulture), "a subnegotiation for an option not agreed");
    }

    /// <inheritdoc />
    void ITelnetReaderSink.SubnegotiationDropped(byte option, string reason)
    {
        _eventsThisRead++;
        ReportMalformed(option.ToString(System.Globalization.CultureInfo.InvariantCulture), $"a subnegotiation {reason}");
    }

    /// <inheritdoc />
    void ILineSink.Line(string line, bool truncated)
    {
        _eventsThisRead++;
        _endpoint.Sessions.Tell(new Input(SessionId, line), _client);
        if (truncated)
        {
            Enqueue(new Output(SessionId, $"{{yellow}}Your line was too long: only its first {_lines.MaxLength} characters were used.{{/}}"));
        }
    }

    /// <inheritdoc />
    public void SendNegotiation(byte verb, byte option) => Enqueue(new[] { TelnetCommand.Iac, verb, option });

    /// <inheritdoc />
    public void SendSubnegotiation(byte option, ReadOnlySpan<byte> payload)
    {
        int escapes = payload.Count(TelnetCommand.Iac);
        var frame = new byte[payload.Length + escapes + 5];
        frame[0] = TelnetCommand.Iac;
        frame[1] = TelnetCommand.Sb;
        frame[2] = option;
        int position = 3;
        foreach (byte b in payload)
        {
            frame[position++] = b;
            if (b == TelnetCommand.Iac)
            {
                frame[position++] = TelnetCommand.Iac;
            }
        }

        frame[position++] = TelnetCommand.Iac;
        frame[position] = TelnetCommand.Se;
        Enqueue(frame);
    }

    /// <inheritdoc />
    public void TerminalChanged()
    {
        TerminalCapabilities terminal = Terminal.ToCapabilities();
        _lines.Utf8 = terminal.Utf8;
        Enqueue(terminal);
        _endpoint.Sessions.Tell(new TerminalChanged(SessionId, terminal), _client);
    }

    /// <inheritdoc />
    public void ForwardOob(string package, string json) => _endpoint.Sessions.Tell(new ClientOob(SessionId, package, json), _client);

    /// <inheritdoc />
    public void ReportRoundTrip(TimeSpan roundTrip)
    {
        LogDebugRoundTrip(SessionId, roundTrip.TotalMilliseconds);
        _endpoint.Sessions.Tell(new RoundTripMeasured(SessionId, roundTrip), _client);
    }

    /// <inheritdoc />
    public void StartCompression() => Enqueue(OutboundControl.StartCompression);

    /// <inheritdoc />
    public void StopCompression() => Enqueue(OutboundControl.StopCompression);

    /// <inheritdoc />
    public void ReportMalformed(string option, string problem) => LogDebugMalformed(SessionId, option, problem);

    private TelnetOption? Find(byte code)
    {
        foreach (TelnetOption option in _telnetOptions)
        {
            if (option.Code == code)
            {
                return option;
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Telnet session {SessionId}: GMCP Core.Ping round trip {Milliseconds} ms")]
    private partial void LogDebugRoundTrip(string sessionId, double milliseconds);

    // Malformed input is logged at Debug: a hostile client can produce it at line rate, and it is
    // harmless by construction (dropped before it reaches the world).
    [LoggerMessage(Level = LogLevel.Debug, Message = "Telnet session {SessionId}: ignored malformed {Option} input: {Problem}")]
    private partial void LogDebugMalformed(string sessionId, string option, string problem);
}
