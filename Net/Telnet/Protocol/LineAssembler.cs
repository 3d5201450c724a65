using System.Buffers;
using System.Text;

namespace ActorMoo.Net.Telnet.Protocol;

/// <summary>
/// Turns telnet data bytes into lines. A line ends at CR LF, CR NUL, a bare CR or a bare LF (every
/// client's habit), and is decoded as UTF-8 (invalid sequences become U+FFFD) or, for clients that
/// refused UTF-8, as Latin-1. Bytes are kept until the line ends, so a character split across
/// network reads decodes correctly. Backspace and DEL erase the previous character (clients in
/// character mode send them); every other control character is removed, tab becomes a space.
/// A line longer than the limit is cut and reported as truncated; the rest up to its end is skipped.
/// </summary>
/// <remarks>The line buffer is rented from the shared pool only while a line is being typed.</remarks>
public sealed class LineAssembler
{
    private const byte Cr = (byte)'\r';
    private const byte Lf = (byte)'\n';
    private const byte Nul = 0;

    /// <summary>Bytes kept per line: room for <see cref="MaxLength"/> characters of four UTF-8 bytes.</summary>
    private readonly int _maxBytes;

    /// <summary>The current line's bytes, or null between lines.</summary>
    private byte[]? _buffer;

    private int _length;

    /// <summary>The current line passed the limit: bytes are skipped until its end.</summary>
    private bool _truncated;

    /// <summary>The last byte ended a line with CR: a following LF or NUL belongs to that ending.</summary>
    private bool _afterCr;

    /// <summary>Creates an assembler for lines of at most <paramref name="maxLength"/> characters.</summary>
    public LineAssembler(int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        MaxLength = maxLength;
        _maxBytes = checked(maxLength * 4);
    }

    /// <summary>The longest line delivered, in characters.</summary>
    public int MaxLength { get; }

    /// <summary>Decode as UTF-8 (true, the default) or Latin-1.</summary>
    public bool Utf8 { get; set; } = true;

    /// <summary>Adds data bytes, delivering each line completed by them.</summary>
    public void Append(ReadOnlySpan<byte> data, ILineSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        while (!data.IsEmpty)
        {
            if (_afterCr)
            {
                _afterCr = false;
                if (data[0] is Lf or Nul)
                {
                    data = data[1..];
                    continue;
                }
            }

            int end = data.IndexOfAny(Cr, Lf);
            Keep(end < 0 ? data : data[..end]);
            if (end < 0)
            {
                return;
            }

            _afterCr = data[end] == Cr;
            data = data[(end + 1)..];
            Deliver(sink);
        }
    }

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return;
        }

        int room = _maxBytes - _length;
        if (bytes.Length > room)
        {
            _truncated = true;
            bytes = bytes[..room];
            if (bytes.IsEmpty)
            {
                return;
            }
        }

        if (_buffer is null || _buffer.Length < _length + bytes.Length)
        {
            byte[] bigger = ArrayPool<byte>.Shared.Rent(Math.Min(_maxBytes, Math.Max(128, (_length + bytes.Length) * 2)));
            if (_buffer is not null)
            {
                _buffer.AsSpan(0, _length).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(_buffer);
            }

            _buffer = bigger;
        }

        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Deliver(ILineSink sink)
    {
        string line = Decode(_buffer is null ? [] : _buffer.AsSpan(0, _length), out bool cut);
        bool truncated = _truncated || cut;
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = null;
        }

        _length = 0;
        _truncated = false;
        sink.Line(line, truncated);
    }

    /// <summary>Decodes and cleans one line; <paramref name="cut"/> tells whether it had to be shortened to <see cref="MaxLength"/>.</summary>
    private string Decode(ReadOnlySpan<byte> bytes, out bool cut)
    {
        cut = false;
        if (bytes.IsEmpty)
        {
            return "";
        }

        Encoding encoding = Utf8 ? Encoding.UTF8 : Encoding.Latin1;
        char[] chars = ArrayPool<char>.Shared.Rent(encoding.GetMaxCharCount(bytes.Length));
        try
        {
            int count = encoding.GetChars(bytes, chars);
            int kept = 0;
            for (int i = 0; i < count; i++)
            {
                char c = chars[i];
                if (c is '\b' or '\u007f')
                {
                    kept = Math.Max(0, kept - 1);
                }
                else if (c == '\t')
                {
                    chars[kept++] = ' ';
                }
                else if (c >= ' ' && c is not (>= '\u0080' and <= '\u009f'))
                {
                    chars[kept++] = c;
                }
            }

            if (kept > MaxLength)
            {
                cut = true;
                kept = MaxLength;

                // Never leave half a surrogate pair at the cut.
                if (char.IsHighSurrogate(chars[kept - 1]))
                {
                    kept--;
                }
            }

            return new string(chars, 0, kept);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
