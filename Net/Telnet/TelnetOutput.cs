using System.Buffers;
using System.IO.Compression;
using System.IO.Pipelines;
using System.Text;
using ActorMoo.Actors.Sessions.Protocol;
using ActorMoo.Net.Markup;
using ActorMoo.Net.Telnet.Options;
using ActorMoo.Net.Telnet.Protocol;

namespace ActorMoo.Net.Telnet;

/// <summary>
/// Writes one connection's outbound queue items to its pipe: renders markup for the client's
/// terminal (wrapped to its width, CR LF line ends), ends prompts with EOR or GA, frames GMCP,
/// and compresses everything once MCCP2 has started. Used only by the connection's writer loop.
/// </summary>
/// <remarks>
/// To keep idle connections small, the large buffers (rendered text, renderers, encoders) are
/// per thread, not per connection: rendering and encoding a message is synchronous, so nothing
/// is shared across an await. A connection keeps only its pipe, its terminal and its zlib stream.
/// </remarks>
internal sealed class TelnetOutput
{
    private const string NewLine = "\r\n";

    private static readonly byte[] s_crLf = "\r\n"u8.ToArray();

    private static readonly byte[] s_eor = [TelnetCommand.Iac, TelnetCommand.Eor];

    private static readonly byte[] s_ga = [TelnetCommand.Iac, TelnetCommand.Ga];

    private static readonly byte[] s_gmcpStart = [TelnetCommand.Iac, TelnetCommand.Sb, TelnetOptionCode.Gmcp];

    private static readonly byte[] s_sbEnd = [TelnetCommand.Iac, TelnetCommand.Se];

    private static readonly byte[] s_mccpStart = [TelnetCommand.Iac, TelnetCommand.Sb, TelnetOptionCode.Mccp2, TelnetCommand.Iac, TelnetCommand.Se];

    [ThreadStatic]
    private static StringBuilder? t_text;

    [ThreadStatic]
    private static MarkupRenderer?[]? t_renderers;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_compressInput;

    private readonly PipeWriter _pipe;

    private readonly EndOfRecordOption _eor;

    private readonly SuppressGoAheadOption _sga;

    private readonly GmcpOption _gmcp;

    private TerminalCapabilities _terminal;

    /// <summary>Non-null while MCCP2 compresses the output.</summary>
    private ZLibStream? _zlib;

    /// <summary>A prompt was the last thing written: the next text starts on a fresh line.</summary>
    private bool _promptPending;

    public TelnetOutput(PipeWriter pipe, TerminalCapabilities terminal, EndOfRecordOption eor, SuppressGoAheadOption sga, GmcpOption gmcp)
    {
        _pipe = pipe;
        _terminal = terminal;
        _eor = eor;
        _sga = sga;
        _gmcp = gmcp;
    }

    /// <summary>True once MCCP2 compression has started and not stopped.</summary>
    public bool Compressing => _zlib is not null;

    /// <summary>Writes one queue item; false when the item ends the connection (a <see cref="Disconnect"/>).</summary>
    public bool Write(object item)
    {
        switch (item)
        {
            case byte[] raw:
                WriteBytes(raw);
                return true;
            case Output output:
                WriteText(output.Markup, endLine: true);
                return true;
            case Prompt prompt:
                WriteText(prompt.Markup, endLine: false);
                WriteBytes(_eor.LocalEnabled ? s_eor : _sga.LocalEnabled ? Array.Empty<byte>() : s_ga);
                _promptPending = true;
                return true;
            case OobOutput oob:
                WriteGmcp(oob.Package, oob.Json);
                return true;
            case Disconnect disconnect:
                if (disconnect.Reason.Length > 0)
                {
                    WriteText(disconnect.Reason, endLine: true);
                }

                return false;
            case TerminalCapabilities terminal:
                _terminal = terminal;
                return true;
            case OutboundControl control when control == OutboundControl.StartCompression:
                StartCompression();
                return true;
            case OutboundControl:
                StopCompression();
                return true;
            default:
                return true;
        }
    }

    /// <summary>Pushes everything written so far to the client (a zlib sync flush first, when compressing).</summary>
    public ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken)
    {
        _zlib?.Flush();
        return _pipe.FlushAsync(cancellationToken);
    }

    /// <summary>Ends the zlib stream, if any, so the client sees a complete stream before the close.</summary>
    public void Finish() => StopCompression();

    private void WriteText(string markup, bool endLine)
    {
        StringBuilder text = t_text ??= new StringBuilder(1024);
        text.Clear();
        if (_promptPending)
        {
            text.Append(NewLine);
            _promptPending = false;
        }

        Renderer(_terminal).Render(markup, text, _terminal.Width, NewLine);
        if (endLine && !markup.EndsWith('\n'))
        {
            text.Append(NewLine);
        }

        Encoding encoding = _terminal.Utf8 ? Encoding.UTF8 : Encoding.ASCII;
        foreach (ReadOnlyMemory<char> chunk in text.GetChunks())
        {
            // UTF-8 and ASCII never produce the byte 255, so text needs no IAC doubling. A chunk
            // border inside a surrogate pair is impossible in practice: chunks are 8000 chars and
            // the renderer appends pairs whole; a lone half would become '?' or U+FFFD, never IAC.
            if (_zlib is null)
            {
                encoding.GetBytes(chunk.Span, _pipe);
            }
            else
            {
                ArrayBufferWriter<byte> input = t_compressInput ??= new ArrayBufferWriter<byte>(4096);
                input.ResetWrittenCount();
                encoding.GetBytes(chunk.Span, input);
                _zlib.Write(input.WrittenSpan);
            }
        }

        if (text.Capacity > 64 * 1024)
        {
            t_text = null;
        }
    }

    private void WriteGmcp(string package, string json)
    {
        if (!_gmcp.LocalEnabled)
        {
            return;
        }

        // Package names and JSON are UTF-8 text: no byte 255 inside, so no IAC doubling needed.
        WriteBytes(s_gmcpStart);
        WriteBytes(GmcpOption.Encode(package, json));
        WriteBytes(s_sbEnd);
    }

    private void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return;
        }

        if (_zlib is null)
        {
            _pipe.Write(bytes);
        }
        else
        {
            _zlib.Write(bytes);
        }
    }

    private void StartCompression()
    {
        if (_zlib is not null)
        {
            return;
        }

        // The start sequence itself is the last uncompressed data (MCCP2 spec).
        _pipe.Write(s_mccpStart);
        _zlib = new ZLibStream(new BufferWriterStream(_pipe), CompressionLevel.Fastest, leaveOpen: true);
    }

    private void StopCompression()
    {
        _zlib?.Dispose();
        _zlib = null;
    }

    private static MarkupRenderer Renderer(TerminalCapabilities terminal)
    {
        MarkupRenderer?[] renderers = t_renderers ??= new MarkupRenderer?[5];
        int slot = terminal.ScreenReader ? 0 : (int)terminal.Color;
        return renderers[slot] ??= MarkupRenderer.For(terminal);
    }
}
