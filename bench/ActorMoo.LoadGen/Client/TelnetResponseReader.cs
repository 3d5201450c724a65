using System.Buffers;
using System.Text;

namespace ActorMoo.LoadGen.Client;

/// <summary>
/// Splits the server's byte stream into responses: everything up to the next prompt mark
/// (<c>IAC GA</c> or <c>IAC EOR</c>, which the telnet edge sends after every prompt) is one
/// response. Telnet commands are removed from the text, so a negotiation in the middle of output
/// never corrupts it, and every option the server offers or asks for is refused once
/// (<c>DO x</c> → <c>WONT x</c>, <c>WILL x</c> → <c>DONT x</c>): a load generator is a dumb
/// client. The parser keeps its state between calls, so a sequence split across TCP reads parses
/// the same as one delivered whole.
/// </summary>
public sealed class TelnetResponseReader
{
    private const byte Iac = 255, Dont = 254, Do = 253, Wont = 252, Will = 251, Sb = 250, Ga = 249, Se = 240, Eor = 239;

    private enum State { Data, Command, Negotiation, Subnegotiation, SubnegotiationIac }

    /// <summary>Text bytes of the response being read, telnet commands removed.</summary>
    private readonly ArrayBufferWriter<byte> _text = new(256);

    /// <summary>Where the parser is inside a telnet sequence; <see cref="State.Data"/> between sequences.</summary>
    private State _state = State.Data;

    /// <summary>The verb (DO/DONT/WILL/WONT) of the negotiation whose option byte comes next.</summary>
    private byte _verb;

    /// <summary>
    /// Consumes bytes from <paramref name="buffer"/> until a prompt mark ends a response or the
    /// buffer is exhausted. Refusals for negotiations met on the way are written to
    /// <paramref name="replies"/>.
    /// </summary>
    /// <param name="buffer">Received bytes; on return, what is left after the bytes consumed.</param>
    /// <param name="replies">Where the client's negotiation answers go, to be sent to the server.</param>
    /// <param name="response">The response's text (UTF-8, line ends as sent) when one is complete.</param>
    /// <returns>True when a prompt mark completed a response.</returns>
    public bool TryReadResponse(ref ReadOnlySequence<byte> buffer, IBufferWriter<byte> replies, out string response)
    {
        var reader = new SequenceReader<byte>(buffer);
        while (reader.TryRead(out byte b))
        {
            if (Step(b, replies))
            {
                buffer = buffer.Slice(reader.Position);
                response = Encoding.UTF8.GetString(_text.WrittenSpan);
                _text.ResetWrittenCount();
                return true;
            }
        }

        buffer = buffer.Slice(buffer.End);
        response = "";
        return false;
    }

    /// <summary>
    /// Takes the text read so far of a response not yet ended by a prompt mark, and starts the
    /// response afresh. For output nobody asked for (other players' lines), which no prompt follows.
    /// </summary>
    public string TakePartial()
    {
        string text = Encoding.UTF8.GetString(_text.WrittenSpan);
        _text.ResetWrittenCount();
        return text;
    }

    /// <summary>Advances the parser by one byte; true when the byte completed a prompt mark.</summary>
    private bool Step(byte b, IBufferWriter<byte> replies)
    {
        switch (_state)
        {
            case State.Data when b == Iac:
                _state = State.Command;
                return false;
            case State.Data:
                _text.Write([b]);
                return false;
            case State.Command:
                return Command(b);
            case State.Negotiation:
                _state = State.Data;
                Refuse(b, replies);
                return false;
            case State.Subnegotiation:
                _state = b == Iac ? State.SubnegotiationIac : State.Subnegotiation;
                return false;
            default:
                // Inside a subnegotiation, IAC SE ends it and IAC IAC is a data byte of it.
                _state = b == Se ? State.Data : State.Subnegotiation;
                return false;
        }
    }

    /// <summary>Handles the byte after an IAC outside a subnegotiation.</summary>
    private bool Command(byte b)
    {
        _state = State.Data;
        switch (b)
        {
            case Iac:
                _text.Write([Iac]);
                return false;
            case Ga or Eor:
                return true;
            case Do or Dont or Will or Wont:
                _verb = b;
                _state = State.Negotiation;
                return false;
            case Sb:
                _state = State.Subnegotiation;
                return false;
            default:
                return false;
        }
    }

    /// <summary>Refuses what the server offers or asks; DONT and WONT need no answer (RFC 1143).</summary>
    private void Refuse(byte option, IBufferWriter<byte> replies)
    {
        byte answer = _verb switch { Do => Wont, Will => Dont, _ => 0 };
        if (answer != 0)
        {
            replies.Write([Iac, answer, option]);
        }
    }
}
