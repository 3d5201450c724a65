using System.Buffers;

namespace ActorMoo.Net.Telnet.Protocol;

/// <summary>
/// Splits a telnet byte stream into data, commands, negotiations and subnegotiations (RFC 854,
/// RFC 855). It keeps its state between calls, so a command or subnegotiation split across
/// network reads at any byte comes out the same as if it had arrived whole. It never throws on
/// input: a subnegotiation longer than the limit or cut short by another command is reported and
/// dropped, and the stream carries on.
/// </summary>
/// <remarks>
/// Data is handed to the sink as slices of the input, without copying. The subnegotiation buffer
/// is rented only while a subnegotiation is open, so an idle connection holds none. One instance
/// per connection; not thread-safe.
/// </remarks>
public sealed class TelnetReader
{
    /// <summary>The data byte that <c>IAC IAC</c> stands for.</summary>
    private static readonly byte[] s_escapedIac = [TelnetCommand.Iac];

    private readonly int _maxSubnegotiation;

    private State _state;

    /// <summary>The negotiation verb waiting for its option byte (state <see cref="State.Verb"/>).</summary>
    private byte _verb;

    /// <summary>The option of the subnegotiation being read.</summary>
    private byte _sbOption;

    /// <summary>The subnegotiation payload so far; rented from the shared pool while a subnegotiation is open.</summary>
    private byte[]? _sbBuffer;

    private int _sbLength;

    /// <summary>Set when the open subnegotiation passed the limit: the rest is skipped until IAC SE.</summary>
    private bool _sbOverflow;

    /// <summary>Creates a reader that drops subnegotiations longer than <paramref name="maxSubnegotiation"/> bytes.</summary>
    public TelnetReader(int maxSubnegotiation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSubnegotiation, 16);
        _maxSubnegotiation = maxSubnegotiation;
    }

    private enum State : byte
    {
        Data,
        Iac,
        Verb,
        SbOption,
        SbData,
        SbIac,
    }

    /// <summary>Reads every byte of <paramref name="input"/>.</summary>
    public void Read(in ReadOnlySequence<byte> input, ITelnetReaderSink sink)
    {
        foreach (ReadOnlyMemory<byte> segment in input)
        {
            Read(segment.Span, sink);
        }
    }

    /// <summary>Reads every byte of <paramref name="input"/>.</summary>
    public void Read(ReadOnlySpan<byte> input, ITelnetReaderSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        int i = 0;
        while (i < input.Length)
        {
            switch (_state)
            {
                case State.Data:
                    {
                        int iac = input[i..].IndexOf(TelnetCommand.Iac);
                        if (iac < 0)
                        {
                            sink.Data(input[i..]);
                            return;
                        }

                        if (iac > 0)
                        {
                            sink.Data(input.Slice(i, iac));
                        }

                        i += iac + 1;
                        _state = State.Iac;
                        break;
                    }

                case State.Iac:
                    AfterIac(input[i++], sink);
                    break;
                case State.Verb:
                    _state = State.Data;
                    sink.Negotiation(_verb, input[i++]);
                    break;
                case State.SbOption:
                    _sbOption = input[i++];
                    _sbLength = 0;
                    _sbOverflow = false;
                    _state = State.SbData;
                    break;
                case State.SbData:
                    {
                        ReadOnlySpan<byte> rest = input[i..];
                        int iac = rest.IndexOf(TelnetCommand.Iac);
                        AppendSubnegotiation(iac < 0 ? rest : rest[..iac]);
                        if (iac < 0)
                        {
                            return;
                        }

                        i += iac + 1;
                        _state = State.SbIac;
                        break;
                    }

                case State.SbIac:
                    {
                        byte command = input[i++];
                        if (command == TelnetCommand.Iac)
                        {
                            AppendSubnegotiation(s_escapedIac);
                            _state = State.SbData;
                        }
                        else if (command == TelnetCommand.Se)
                        {
                            EndSubnegotiation(sink);
                        }
                        else
                        {
                            // IAC followed by anything else inside SB: the client forgot IAC SE. Drop
                            // the subnegotiation and treat this as the command it is, rather than
                            // swallowing the rest of the session as payload.
                            DropSubnegotiation(sink, "interrupted by another command before IAC SE");
                            AfterIac(command, sink);
                        }

                        break;
                    }
            }
        }
    }

    private void AfterIac(byte command, ITelnetReaderSink sink)
    {
        switch (command)
        {
            case TelnetCommand.Iac:
                _state = State.Data;
                sink.Data(s_escapedIac);
                break;
            case TelnetCommand.Will or TelnetCommand.Wont or TelnetCommand.Do or TelnetCommand.Dont:
                _verb = command;
                _state = State.Verb;
                break;
            case TelnetCommand.Sb:
                _state = State.SbOption;
                break;
            default:
                _state = State.Data;
                sink.Command(command);
                break;
        }
    }

    private void AppendSubnegotiation(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty || _sbOverflow)
        {
            return;
        }

        if (_sbLength + bytes.Length > _maxSubnegotiation)
        {
            _sbOverflow = true;
            return;
        }

        if (_sbBuffer is null || _sbBuffer.Length < _sbLength + bytes.Length)
        {
            byte[] bigger = ArrayPool<byte>.Shared.Rent(Math.Min(_maxSubnegotiation, Math.Max(64, (_sbLength + bytes.Length) * 2)));
            if (_sbBuffer is not null)
            {
                _sbBuffer.AsSpan(0, _sbLength).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(_sbBuffer);
            }

            _sbBuffer = bigger;
        }

        bytes.CopyTo(_sbBuffer.AsSpan(_sbLength));
        _sbLength += bytes.Length;
    }

    private void EndSubnegotiation(ITelnetReaderSink sink)
    {
        if (_sbOverflow)
        {
            DropSubnegotiation(sink, $"longer than {_maxSubnegotiation} bytes");
            return;
        }

        _state = State.Data;
        try
        {
            sink.Subnegotiation(_sbOption, _sbBuffer is null ? [] : _sbBuffer.AsSpan(0, _sbLength));
        }
        finally
        {
            ReleaseBuffer();
        }
    }

    private void DropSubnegotiation(ITelnetReaderSink sink, string reason)
    {
        _state = State.Data;
        ReleaseBuffer();
        sink.SubnegotiationDropped(_sbOption, reason);
    }

    private void ReleaseBuffer()
    {
        if (_sbBuffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_sbBuffer);
            _sbBuffer = null;
        }

        _sbLength = 0;
        _sbOverflow = false;
    }
}
